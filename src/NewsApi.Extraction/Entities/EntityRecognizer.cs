using System.Reflection;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Entities;

/// <summary>Switches for measuring the rules around the tagger one by one (all on in production).</summary>
internal sealed record RecognizerOptions(
    bool Rules = true,
    bool KeepDemonyms = false,
    bool GazetteerLocations = true,
    bool Consistency = true)
{
    public static readonly RecognizerOptions Default = new();
}

/// <summary>
/// Finds named entities, their mentions and aliases in an article's title and body: a BILOU perceptron tagger
/// (model embedded in this assembly) plus rules for gazetteer locations, datelines, acronyms, "also known as",
/// surnames and document-level consistency. Thread-safe; create once and reuse.
/// </summary>
public sealed class EntityRecognizer
{
    const string ModelResource = "NewsApi.Extraction.Entities.ner-model.bin.gz";

    static readonly Lazy<EntityRecognizer> Shipped = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ModelResource)
            ?? throw new InvalidOperationException($"Missing embedded resource {ModelResource}.");
        return new EntityRecognizer(PerceptronModel.Load(stream), Gazetteer.Default);
    });

    readonly PerceptronModel _model;
    readonly Gazetteer _gazetteer;
    readonly RecognizerOptions _options;

    internal EntityRecognizer(PerceptronModel model, Gazetteer gazetteer, RecognizerOptions? options = null)
    {
        _model = model;
        _gazetteer = gazetteer;
        _options = options ?? RecognizerOptions.Default;
    }

    /// <summary>The recogniser with the shipped model and gazetteer (loaded once, shared).</summary>
    public static EntityRecognizer CreateDefault() => Shipped.Value;

    internal static EntityRecognizer FromFile(string modelPath, RecognizerOptions? options = null)
    {
        using var stream = File.OpenRead(modelPath);
        return new EntityRecognizer(PerceptronModel.Load(stream), Gazetteer.Default, options);
    }

    internal EntityRecognizer With(RecognizerOptions options) => new(_model, _gazetteer, options);

    public IReadOnlyList<ExtractedEntity> Recognize(string title, string body, Lead lead)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Recognize(NewsDocument.Of(title, body, Paragraphs.Split(body), lead));
    }

    /// <summary>Entities of a document read once (<see cref="NewsDocument.Read"/>).</summary>
    public IReadOnlyList<ExtractedEntity> Recognize(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (title, body, lead) = (document.Title, document.Body, document.Lead);

        var bodyDoc = new NerDocument(body, _gazetteer);
        var spans = Tag(TextField.Body, bodyDoc);
        if (_options.Rules)
        {
            if (lead.Dateline is { } dateline) SpanRules.ForceSpan(TextField.Body, bodyDoc, dateline, NerType.Location, spans);
            if (lead.Source is { } source) SpanRules.ForceSpan(TextField.Body, bodyDoc, source, NerType.Organization, spans);
            // a byline names the reporter, not a person of the story
            if (lead.Byline is { } byline) spans.RemoveAll(c => c.CharStart < byline.End && byline.Start < c.CharEnd);
            SpanRules.Clean(spans, _options.KeepDemonyms);
            NameRules.DropHeadlineGuesses(bodyDoc, spans);
            NameRules.TrimFunctionWords(spans);
            NameRules.JoinParticles(spans);
            NameRules.AttachSuffixes(spans);
            NameRules.ExtendPossessiveHeads(spans);
            NameRules.TypeByApposition(spans);
            NameRules.MarkAgencies(TextField.Body, bodyDoc, spans);
            if (_options.GazetteerLocations) SpanRules.AddGazetteerLocations(TextField.Body, bodyDoc, spans);
            SpanRules.ExtendBroadcasters(bodyDoc, spans);
            SpanRules.AddDesignations(TextField.Body, bodyDoc, spans);
            SpanRules.LinkAcronyms(TextField.Body, bodyDoc, spans);
            NameRules.LinkBracketedAcronyms(TextField.Body, bodyDoc, spans);
            SpanRules.LinkAlsoKnownAs(TextField.Body, bodyDoc, spans);
            if (_options.Consistency) SpanRules.Propagate(TextField.Body, bodyDoc, spans.ToList(), spans);
        }

        if (title.Length > 0)
        {
            var titleDoc = new NerDocument(title, _gazetteer);
            // Headlines in Title Case mislead a tagger trained on sentences: there, only names the body
            // established (and gazetteer places) count.
            var titleSpans = IsHeadlineCase(titleDoc) ? [] : Tag(TextField.Title, titleDoc);
            if (_options.Rules)
            {
                SpanRules.Clean(titleSpans, _options.KeepDemonyms);
                NameRules.TrimFunctionWords(titleSpans);
                NameRules.JoinParticles(titleSpans);
                SpanRules.Propagate(TextField.Title, titleDoc, spans, titleSpans);
                if (_options.GazetteerLocations) SpanRules.AddGazetteerLocations(TextField.Title, titleDoc, titleSpans);
            }
            spans.AddRange(titleSpans);
        }

        return EntityMerger.Merge(spans, _gazetteer);
    }

    List<Candidate> Tag(TextField field, NerDocument doc)
    {
        var labels = NerTagger.Decode(doc, _model.Score);
        var spans = new List<Candidate>();
        foreach (var (start, end, type) in NerLabels.Spans(labels))
            spans.Add(new Candidate(field, doc, start, end, type, Origin.Tagger));
        return spans;
    }

    static bool IsHeadlineCase(NerDocument d)
    {
        int words = 0, capitalised = 0;
        for (var i = 1; i < d.Count; i++)
        {
            if (d.Tokens[i].Kind != TokenKind.Word || d.Tokens[i].Length < 4) continue;
            words++;
            if ((d.Flags[i] & NerDocument.InitialCapital) != 0) capitalised++;
        }
        return words >= 3 && capitalised * 4 >= words * 3;
    }
}
