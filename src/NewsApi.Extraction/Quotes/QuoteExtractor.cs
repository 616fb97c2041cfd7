using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Quotes;

/// <summary>Finds direct, indirect and mixed quotes and attributes each to its speaker.</summary>
public sealed class QuoteExtractor
{
    /// <summary>Quotes in text order. Entity indexes in the result point into <paramref name="entities"/>.</summary>
    public IReadOnlyList<ExtractedQuote> Extract(
        string body, IReadOnlyList<ExtractedParagraph> paragraphs, IReadOnlyList<ExtractedEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(paragraphs);
        return Extract(NewsDocument.Of("", body, paragraphs, Lead.Parse(body)), entities);
    }

    /// <summary>Quotes of a document read once (<see cref="NewsDocument.Read"/>), in text order.</summary>
    public IReadOnlyList<ExtractedQuote> Extract(NewsDocument document, IReadOnlyList<ExtractedEntity> entities)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(entities);
        var doc = QuoteDocument.Rent(document);
        try
        {
            var drafts = new List<QuoteDraft>();
            Transcripts.Find(doc, drafts);
            DashAttributions.Find(doc, drafts);
            ReportedSpeech.Find(doc, drafts);
            FloatingQuotes.Find(doc, drafts);
            Stances.Find(doc, drafts);
            ContentRules.Apply(doc, drafts);
            return Build(doc, Deduplicate(drafts), entities);
        }
        finally
        {
            QuoteDocument.Return(doc);
        }
    }

    /// <summary>Keeps the first of overlapping quotes, syntactic before continued before floating before stances.</summary>
    static List<QuoteDraft> Deduplicate(List<QuoteDraft> drafts)
    {
        drafts.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.ContentStart.CompareTo(b.ContentStart));
        var kept = new List<QuoteDraft>(drafts.Count);
        foreach (var d in drafts)
        {
            var overlaps = false;
            foreach (var k in kept)
                if (k.ContentStart < d.ContentEnd && d.ContentStart < k.ContentEnd) { overlaps = true; break; }
            if (!overlaps) kept.Add(d);
        }
        kept.Sort((a, b) => a.ContentStart.CompareTo(b.ContentStart));
        return kept;
    }

    static List<ExtractedQuote> Build(QuoteDocument doc, List<QuoteDraft> drafts, IReadOnlyList<ExtractedEntity> entities)
    {
        var body = doc.Body;
        var resolver = new SpeakerResolver(doc, entities);
        bool InQuote(int offset)
        {
            foreach (var d in drafts)
                if (offset >= d.ContentStart && offset < d.ContentEnd) return true;
            foreach (var r in doc.Regions)
                if (offset >= r.ContentStart && offset < r.ContentEnd) return true;
            return false;
        }
        var quotes = new List<ExtractedQuote>(drafts.Count);
        foreach (var d in drafts)
        {
            var cue = TextSpan.Of(body, doc.Tokens[d.Cue.First].Start, doc.Tokens[d.Cue.Last].End);
            var attribution = CueLexicon.IsStanceCue(doc, d.Cue) || d.Rank == AttributionRank.Stance && !CueLexicon.IsStatementCue(doc, d.Cue)
                ? QuoteAttribution.Stance : QuoteAttribution.Statement;
            if (!d.Speaker.Found)
            {
                // "the claim that …": a clear cue and content whose holder is not named
                quotes.Add(new ExtractedQuote(d.Kind, TextSpan.Of(body, d.ContentStart, d.ContentEnd), cue, null, null,
                    doc.ParagraphOf(d.ContentStart), attribution));
                continue;
            }
            var (start, end, entity) = resolver.Resolve(doc.Tokens[d.Speaker.First].Start, doc.Tokens[d.Speaker.Last].End, InQuote);
            quotes.Add(new ExtractedQuote(d.Kind, TextSpan.Of(body, d.ContentStart, d.ContentEnd), cue,
                TextSpan.Of(body, start, end), entity, doc.ParagraphOf(d.ContentStart), attribution));
        }
        return quotes;
    }
}
