using NewsApi.Extraction.Quotes;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Tests.Quotes;

public class SeedArticleTests
{
    static readonly string Body = LoadSeedBody();

    static string LoadSeedBody()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsApi.sln"))) dir = dir.Parent;
        var text = File.ReadAllText(Path.Combine(dir!.FullName, "db", "seed", "000_84412c13ce1ac608.txt"));
        // first line = title; the body follows the blank lines after it
        var afterTitle = text[(text.IndexOf('\n') + 1)..];
        return afterTitle.TrimStart('\r', '\n');
    }

    static ExtractedMention Mention(string text, int from = 0)
    {
        var start = Body.IndexOf(text, from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{text}' not in body after {from}");
        return new ExtractedMention(TextField.Body, TextSpan.Of(Body, start, start + text.Length));
    }

    static List<ExtractedMention> All(string text)
    {
        var mentions = new List<ExtractedMention>();
        for (var i = Body.IndexOf(text, StringComparison.Ordinal); i >= 0; i = Body.IndexOf(text, i + text.Length, StringComparison.Ordinal))
        {
            var before = i == 0 ? ' ' : Body[i - 1];
            var after = i + text.Length < Body.Length ? Body[i + text.Length] : ' ';
            if (char.IsLetter(before) || char.IsLetter(after)) continue;
            mentions.Add(new ExtractedMention(TextField.Body, TextSpan.Of(Body, i, i + text.Length)));
        }
        return mentions;
    }

    static ExtractedEntity Entity(string name, EntityType type, params string[] names) =>
        new(name, type, names.Where(n => n != name).ToList(),
            names.SelectMany(All).OrderBy(m => m.Span.Start).ToList());

    // Built by hand as the entity recogniser would; "Khosravi" inside "Keivan Khosravi" is one mention.
    static readonly IReadOnlyList<ExtractedEntity> Entities =
    [
        new("Keivan Khosravi", EntityType.Person, ["Khosravi"],
            new[] { Mention("Keivan Khosravi"), Mention("Khosravi said"), Mention("Khosravi, however") }
                .Select(m => m.Span.Text.StartsWith("Khosravi", StringComparison.Ordinal)
                    ? new ExtractedMention(TextField.Body, TextSpan.Of(Body, m.Span.Start, m.Span.Start + "Khosravi".Length)) : m)
                .ToList()),
        Entity("Ali Shamkhani", EntityType.Person, "Ali Shamkhani"),
        Entity("Rossiya 24", EntityType.Organization, "Rossiya 24"),
        Entity("Supreme National Security Council", EntityType.Organization, "Supreme National Security Council", "SNSC"),
        Entity("Tasnim", EntityType.Organization, "Tasnim"),
        Entity("Iran", EntityType.Location, "Iran"),
        Entity("Russia", EntityType.Location, "Russia"),
        Entity("Syria", EntityType.Location, "Syria"),
        Entity("Tehran", EntityType.Location, "Tehran", "TEHRAN"),
        Entity("Moscow", EntityType.Location, "Moscow"),
        Entity("Damascus", EntityType.Location, "Damascus"),
        Entity("Hamedan", EntityType.Location, "Hamedan"),
        Entity("Daesh", EntityType.Organization, "Daesh", "ISIS", "ISIL"),
    ];

    const int Khosravi = 0, Shamkhani = 1, Rossiya24 = 2;

    [Fact]
    public void Extract_SeedArticle_FindsExactlyTheNineCuratedQuotes()
    {
        var paragraphs = Paragraphs.Split(Body);

        var quotes = new QuoteExtractor().Extract(Body, paragraphs, Entities);

        (string Speaker, int? Entity, QuoteKind Kind, string Content, string Cue, int Paragraph)[] expected =
        [
            ("Keivan Khosravi", Khosravi, QuoteKind.Indirect, "the three are sharing each other’s capacities", "saying", 0),
            ("Khosravi", Khosravi, QuoteKind.Mixed, "Iran, Russia and Syria are providing each other with their “military, intelligence, commanding, training and territorial capacities” as part of mutual cooperation in tackling terrorist groups in Syria", "said", 1),
            ("he", Khosravi, QuoteKind.Indirect, "Such trilateral cooperation has been already developed and is vigorously in progress", "underlined", 2),
            ("he", Khosravi, QuoteKind.Indirect, "parties to this collective action have been carefully coordinating efforts is a series of meetings and multiple reciprocal visits by their high-ranking political, security and military officials", "adding", 2),
            ("Khosravi", Khosravi, QuoteKind.Mixed, "the exchange of capacities of the three countries is “proportional to progress in the operational field and the success achieved in the course of cooperation.”", "made it clear", 3),
            ("media", null, QuoteKind.Indirect, "Russia has used an airbase in Iran’s western city of Hamedan to launch airstrikes against terrorists in Syria using long-range Tupolev-22M3 bombers and Sukhoi-34 fighter bombers", "reports", 4),
            ("It", Rossiya24, QuoteKind.Indirect, "the Iranian deployment would allow the Russian air force to cut flight times by 60 percent", "said", 5),
            ("Ali Shamkhani", Shamkhani, QuoteKind.Indirect, "Tehran and Moscow have developed a strategic partnership in the war on terrorism in Syria", "said", 6),
            ("Ali Shamkhani", Shamkhani, QuoteKind.Mixed, "they share “capacities and facilities” in the anti-terrorism campaign", "saying", 6),
        ];
        Assert.Equal(expected,
            quotes.Select(q => (q.Speaker?.Text ?? "", q.SpeakerEntity, q.Kind, q.Content.Text, q.Cue.Text, q.ParagraphIndex)));
        foreach (var q in quotes)
        {
            Assert.Equal(q.Content.Text, Body[q.Content.Start..q.Content.End]);
            Assert.Equal(q.Cue.Text, Body[q.Cue.Start..q.Cue.End]);
            Assert.Equal(q.Speaker!.Value.Text, Body[q.Speaker.Value.Start..q.Speaker.Value.End]);
        }
    }

    [Fact]
    public void Parse_SeedLead_GivesTehranAndTasnim()
    {
        var lead = Lead.Parse(Body);

        Assert.Equal("TEHRAN", lead.Dateline?.Text);
        Assert.Equal("Tasnim", lead.Source?.Text);
        Assert.Equal("TEHRAN", Body[lead.Dateline!.Value.Start..lead.Dateline.Value.End]);
        Assert.Equal("Tasnim", Body[lead.Source!.Value.Start..lead.Source.Value.End]);
    }
}
