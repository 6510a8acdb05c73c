/**
 * schema.org ClaimReview (JSON-LD) for each claim that an arithmetic conflict shows to be
 * inconsistent with the rest of its text: what the text says, where it appeared, the rating
 * "Inconsistent", and the conflict's message as the review's explanation.
 */
import type { CheckResult } from "../check/check.js";
import type { ClaimModel, DocumentModel } from "../claims/model.js";
import type { Span } from "../base/span.js";
import { sentences } from "../text/sentences.js";
import { claimPlaces } from "./shared.js";
import { jsonChunks, joinChunks, LazyList } from "./stream.js";

/** Who publishes the review: a name, or an organisation or person with a URL. */
export type ClaimReviewAuthor = string | { readonly name: string; readonly url?: string; readonly type?: "Organization" | "Person" };

/** Options of the ClaimReview formatter. */
export interface ClaimReviewOptions {
  /** The fact-checker publishing the reviews (required by ClaimReview consumers). */
  readonly author: ClaimReviewAuthor;
  /** The reviews' publication date, `YYYY-MM-DD`. Omitted when not given (the output stays deterministic). */
  readonly datePublished?: string;
  /** The URL of the page that publishes the review. */
  readonly url?: string;
  /** The rating's name. Default `Inconsistent`. */
  readonly ratingName?: string;
}

/** A schema.org `CreativeWork` where a claim appeared. */
export interface ClaimAppearance {
  readonly "@type": "CreativeWork";
  readonly url?: string;
  readonly headline?: string;
  readonly datePublished?: string;
}

/** A schema.org `ClaimReview`, as JSON-LD. */
export interface ClaimReview {
  readonly "@context": "https://schema.org";
  readonly "@type": "ClaimReview";
  readonly url?: string;
  readonly datePublished?: string;
  readonly author: { readonly "@type": "Organization" | "Person"; readonly name: string; readonly url?: string };
  /** The words of the text under review: the sentence(s) holding the claim's quote, else its value and unit. */
  readonly claimReviewed: string;
  readonly itemReviewed: {
    readonly "@type": "Claim";
    readonly appearance?: ClaimAppearance;
    readonly datePublished?: string;
  };
  readonly reviewRating: {
    readonly "@type": "Rating";
    readonly alternateName: string;
    readonly ratingExplanation: string;
  };
  /** Every conflict the claim is part of, in words with the arithmetic. */
  readonly reviewBody: string;
  /** The claim's key in the claims file, and the file. */
  readonly identifier: string;
}

/**
 * One ClaimReview per inconsistent claim: the claim whose stated value an arithmetic conflict
 * contradicts (its target), or, when a conflict names no target, each stated claim in it.
 * `claimReviewed` is the sentence that holds the claim's quote (the quote itself when it spans
 * no whole sentence found). Consistent results give none.
 *
 * @example
 * ```ts
 * import { check, toClaimReviews } from "claimcheck";
 * const result = check({
 *   document: { id: "d", url: "https://example.org/story", title: "Story", published: "2017-09-01",
 *     text: "It investigated 37 reports; 40 were credible." },
 *   claims: { all: { value: 37, quote: "investigated 37 reports" }, credible: { value: 40, quote: "40 were credible" } },
 *   relations: [{ kind: "part-of", part: "credible", whole: "all" }],
 * });
 * const [review] = toClaimReviews([result], { author: "Desk", datePublished: "2017-09-02" });
 * review.claimReviewed; //=> "It investigated 37 reports; 40 were credible."
 * review.reviewRating.alternateName; //=> "Inconsistent"
 * review.itemReviewed.appearance?.url; //=> "https://example.org/story"
 * ```
 */
export function toClaimReviews(results: readonly CheckResult[], options: ClaimReviewOptions): ClaimReview[] {
  const author = typeof options.author === "string" ? { name: options.author } : options.author;
  const out: ClaimReview[] = [];
  for (const r of results) {
    const set = r.set;
    if (!set) continue;
    const anchors = claimPlaces(r);
    const sentencesOf = new Map<string, Span[]>();
    const messages = new Map<string, string[]>();
    for (const f of r.findings) {
      if (f.severity !== "error" || f.data.messageId !== "conflict") continue;
      const d = f.data as { target?: string; terms?: ReadonlyArray<{ claim: string; written?: string }> };
      const targets = d.target !== undefined ? [d.target] : (d.terms ?? []).filter((t) => t.written !== undefined).map((t) => t.claim);
      for (const t of targets) {
        const list = messages.get(t);
        if (list) list.push(f.message);
        else messages.set(t, [f.message]);
      }
    }
    const docs = new Map<string, DocumentModel>();
    for (const d of set.documents) if (!docs.has(d.id)) docs.set(d.id, d);
    for (const c of set.claims) {
      const ms = messages.get(c.key);
      if (!ms) continue;
      const doc = docs.get(c.document);
      const appearance = appearanceOf(doc);
      const quote = anchors.get(c.key)?.quote;
      let said = claimText(c);
      if (quote && doc?.text !== undefined) {
        let ss = sentencesOf.get(doc.id);
        if (!ss) sentencesOf.set(doc.id, (ss = sentences(doc.text)));
        // Sentences come in order: the first that ends after the quote starts, the last that starts before it ends.
        const first = ss[firstIndex(ss, (s) => s.end > quote.start)];
        const last = ss[firstIndex(ss, (s) => s.start >= quote.end) - 1];
        if (first && last && first.start <= quote.start && last.end >= quote.end) said = doc.text.slice(first.start, last.end);
      }
      const body = [...new Set(ms)].join("; ");
      out.push({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        ...(options.url !== undefined ? { url: options.url } : {}),
        ...(options.datePublished !== undefined ? { datePublished: options.datePublished } : {}),
        author: { "@type": author.type ?? "Organization", name: author.name, ...(author.url !== undefined ? { url: author.url } : {}) },
        claimReviewed: said,
        itemReviewed: {
          "@type": "Claim",
          ...(appearance ? { appearance } : {}),
          ...(doc?.published !== undefined ? { datePublished: doc.published } : {}),
        },
        reviewRating: { "@type": "Rating", alternateName: options.ratingName ?? "Inconsistent", ratingExplanation: body },
        reviewBody: body,
        identifier: r.path !== undefined ? `${r.path}#${c.key}` : c.key,
      });
    }
  }
  return out;
}

/** The index of the first span for which `after` holds (it holds for every later one), or the length. */
function firstIndex(spans: readonly Span[], after: (s: Span) => boolean): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(spans[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function appearanceOf(doc: DocumentModel | undefined): ClaimAppearance | undefined {
  if (!doc || (doc.url === undefined && doc.title === undefined && doc.published === undefined)) return undefined;
  return {
    "@type": "CreativeWork",
    ...(doc.url !== undefined ? { url: doc.url } : {}),
    ...(doc.title !== undefined ? { headline: doc.title } : {}),
    ...(doc.published !== undefined ? { datePublished: doc.published } : {}),
  };
}

function claimText(c: ClaimModel): string {
  if (c.quote !== undefined) return c.quote;
  const value = c.quantity?.written ?? "";
  return c.unit !== undefined ? `${value} ${c.unit}` : value;
}

/**
 * The ClaimReviews as JSON-LD text: a JSON array (two-space indent, trailing newline), what
 * `claimcheck check --format claimreview --author NAME` prints. Each element carries its own
 * `@context`, so it can go in its own `<script type="application/ld+json">`.
 *
 * @example
 * ```ts
 * import { check, formatClaimReview } from "claimcheck";
 * formatClaimReview([check({ claims: { a: 1 } })], { author: "Desk" }); //=> "[]\n"
 * ```
 */
export function formatClaimReview(results: readonly CheckResult[], options: ClaimReviewOptions): string {
  return joinChunks(claimReviewChunks(results, options));
}

/** `formatClaimReview` in chunks (the CLI writes them as they come). */
export function* claimReviewChunks(results: readonly CheckResult[], options: ClaimReviewOptions): Generator<string> {
  yield* jsonChunks(new LazyList(toClaimReviews(results, options)));
  yield "\n";
}
