import { cueTable } from "./tester.js";

cueTable(
  "rate",
  {
    valid: [
      { text: "The cumulative hospitalization rate is 62.4 per 100,000 population, based on 8,112 laboratory-confirmed hospitalizations in a surveillance population of 13.0 million.", relation: { kind: "rate", roles: { count: "8,112", population: "13.0 million", rate: "62.4" }, fields: { per: "100000" }, cue: "per … based on … population of" } },
      { text: "Traffic deaths fell to 3,214 last year, down 6.2% from 3,427. That is a rate of 10.8 deaths per 100,000 residents, based on a population of 29.7 million.", relation: { kind: "rate", roles: { count: "3,214", population: "29.7 million", rate: "10.8" }, fields: { per: "100000" }, window: "previous-sentence" } },
      { text: "The rate was 4.1 per 1,000, based on 205 cases in a population of 50,000.", relation: { kind: "rate", roles: { count: "205", population: "50,000", rate: "4.1" }, fields: { per: "1000" } } },
    ],
    invalid: [
      { text: "The state recorded 12 deaths per 100,000 residents last year.", why: "no population" },
      { text: "Workers earn $6 per hour in a town with a population of 20,000.", why: "a price" },
      { text: "Cars passed at 60 miles per hour.", why: "a speed" },
      { text: "It counted 3,214 deaths and 640 injuries. That is a rate of 10.8 deaths per 100,000 residents, based on a population of 29.7 million.", why: "two counts the sentence before could name" },
      { text: "The rate is 62.4 hospitalizations per 100,000, based on 8,112 deaths in a population of 13.0 million.", why: "different nouns" },
    ],
  },
  ["rate"],
);
