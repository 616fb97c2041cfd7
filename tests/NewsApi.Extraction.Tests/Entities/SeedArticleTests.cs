using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Tests.Entities;

public sealed class SeedArticleTests
{
    static (string Title, string Body) ReadSeed()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsApi.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        var text = File.ReadAllText(Path.Combine(dir.FullName, "db", "seed", "000_84412c13ce1ac608.txt")).Replace("\r\n", "\n");
        var newline = text.IndexOf('\n');
        var title = text[..newline];
        var body = text[newline..].TrimStart('\n');
        return (title, body);
    }

    // What the lead parser yields for "TEHRAN (Tasnim) – ...".
    static Lead LeadOf(string body) => new(TextSpan.Of(body, 0, 6), TextSpan.Of(body, 8, 14));

    static IReadOnlyList<ExtractedEntity> Recognize()
    {
        var (title, body) = ReadSeed();
        return EntityRecognizer.CreateDefault().Recognize(title, body, LeadOf(body));
    }

    public static TheoryData<string, EntityType, string[], string[]> Expected => new()
    {
        { "Iran", EntityType.Location, [], ["T:Iran", "B:Iran", "B:Iran", "B:Iran", "B:Iran", "B:Iran"] },
        { "Russia", EntityType.Location, [], ["T:Russia", "B:Russia", "B:Russia", "B:Russia", "B:Russia"] },
        { "Syria", EntityType.Location, [], ["T:Syria", .. Enumerable.Repeat("B:Syria", 7)] },
        { "Tehran", EntityType.Location, [], ["B:TEHRAN", "B:Tehran", "B:Tehran"] },
        { "Moscow", EntityType.Location, [], ["B:Moscow", "B:Moscow"] },
        { "Damascus", EntityType.Location, [], ["B:Damascus"] },
        { "Hamedan", EntityType.Location, [], ["B:Hamedan"] },
        { "Keivan Khosravi", EntityType.Person, ["Khosravi"], ["B:Keivan Khosravi", "B:Khosravi", "B:Khosravi"] },
        { "Ali Shamkhani", EntityType.Person, [], ["B:Ali Shamkhani"] },
        { "Supreme National Security Council", EntityType.Organization, ["SNSC"],
            ["T:SNSC", "B:Supreme National Security Council", "B:SNSC", "B:SNSC"] },
        { "Tasnim", EntityType.Organization, [], ["B:Tasnim"] },
        { "Rossiya 24", EntityType.Organization, [], ["B:Rossiya 24"] },
        { "Daesh", EntityType.Organization, ["ISIS", "ISIL"], ["B:Daesh", "B:ISIS", "B:ISIL"] },
        { "Tupolev-22M3", EntityType.Other, [], ["B:Tupolev-22M3", "B:Tupolev-22M3"] },
        { "Sukhoi-34", EntityType.Other, [], ["B:Sukhoi-34"] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Recognize_SeedArticle_FindsEntityWithEveryMention(string name, EntityType type, string[] aliases, string[] mentions)
    {
        var entity = Assert.Single(Recognize(), e => e.Name == name);
        Assert.Equal(type, entity.Type);
        Assert.Equal(aliases, entity.Aliases);
        Assert.Equal(mentions, entity.Mentions.Select(m => (m.Field == TextField.Title ? "T:" : "B:") + m.Span.Text));
    }

    [Fact]
    public void Recognize_SeedArticle_FindsNothingElse()
    {
        var names = Recognize().Select(e => $"{e.Name}/{e.Type}").Order().ToList();
        var expected = Expected.Select(row => $"{row[0]}/{row[1]}").Order().ToList();
        Assert.Equal(expected, names);
    }

    [Fact]
    public void Recognize_SeedArticle_MentionSpansMatchTheirField()
    {
        var (title, body) = ReadSeed();
        foreach (var mention in Recognize().SelectMany(e => e.Mentions))
        {
            var field = mention.Field == TextField.Title ? title : body;
            Assert.Equal(mention.Span.Text, field[mention.Span.Start..mention.Span.End]);
        }
    }

    [Fact]
    public void Recognize_SeedArticle_SpansOfMentionsAreExact()
    {
        var (title, body) = ReadSeed();
        var iran = Assert.Single(Recognize(), e => e.Name == "Iran");
        var bodyStarts = iran.Mentions.Where(m => m.Field == TextField.Body).Select(m => m.Span.Start).ToList();
        Assert.Equal(AllIndexes(body, "Iran").Where(i => !body[i..].StartsWith("Iranian", StringComparison.Ordinal)), bodyStarts);
        Assert.Equal(0, iran.Mentions[0].Span.Start);
        Assert.Equal(TextField.Title, iran.Mentions[0].Field);
        Assert.StartsWith("Iran", title);
    }

    static IEnumerable<int> AllIndexes(string s, string word)
    {
        for (var i = s.IndexOf(word, StringComparison.Ordinal); i >= 0; i = s.IndexOf(word, i + 1, StringComparison.Ordinal))
            yield return i;
    }
}
