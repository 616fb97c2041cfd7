using System.Text;
using System.Text.Json;

namespace NewsApi.Bench;

/// <summary>
/// Realistic synthetic news: a wire lead, attributed quotes (direct, indirect, mixed), named people, organisations
/// and places, varied sentence templates. Deterministic for a given seed.
/// </summary>
public sealed class CorpusGenerator(int seed)
{
    readonly Random _random = new(seed);

    static readonly string[] Cities = ["LONDON", "PARIS", "BERLIN", "CAIRO", "TOKYO", "NAIROBI", "LIMA", "OTTAWA"];
    static readonly string[] Wires = ["Reuters", "AP", "AFP", "Tasnim", "Xinhua"];
    static readonly string[] First = ["Maria", "John", "Ahmed", "Yuki", "Olga", "Pedro", "Grace", "Omar", "Lena", "David"];
    static readonly string[] Last = ["Fischer", "Okafor", "Tanaka", "Silva", "Novak", "Haddad", "Brennan", "Moreau", "Kowalski", "Reyes"];
    static readonly string[] Titles = ["Minister", "Spokesman", "President", "Governor", "Secretary"];
    static readonly string[] Orgs = ["Ministry of Finance", "National Security Council", "World Health Organization", "Central Bank", "United Nations", "European Commission"];
    static readonly string[] Places = ["France", "Germany", "Egypt", "Japan", "Kenya", "Peru", "Canada", "Brazil", "India", "Turkey"];
    static readonly string[] Topics = ["the budget", "the ceasefire", "inflation", "the election", "trade talks", "the vaccine rollout", "energy prices"];
    static readonly string[] Fillers =
    [
        "The talks in {P} followed weeks of tension over {T}, and analysts expect further meetings before the end of the month.",
        "Officials from the {O} met their counterparts in {P} on Tuesday to discuss {T} and the outlook for the coming year.",
        "Markets in {P} were little changed after the announcement, with traders waiting for more detail on {T}.",
        "The {O} has faced criticism from opposition parties in {P}, who say its handling of {T} has been too slow.",
        "Figures published on Monday showed a modest improvement, although economists in {P} warned that {T} remained a risk.",
    ];

    string Person() => $"{First[_random.Next(First.Length)]} {Last[_random.Next(Last.Length)]}";
    string Pick(string[] items) => items[_random.Next(items.Length)];
    string Fill(string template) => template.Replace("{P}", Pick(Places)).Replace("{T}", Pick(Topics)).Replace("{O}", Pick(Orgs));

    public (string Title, string Body) Next(int words = 600)
    {
        var speaker = Person();
        var surname = speaker.Split(' ')[1];
        var org = Pick(Orgs);
        var body = new StringBuilder();
        body.Append($"{Pick(Cities)} ({Pick(Wires)}) – {Pick(Places)}'s {Pick(Titles)} {speaker} said on Wednesday that {Pick(Topics)} would dominate the agenda of the {org}, adding that talks with {Pick(Places)} were going well.\n\n");
        var count = CountWords(body);
        var turn = 0;
        while (count < words)
        {
            var paragraph = (turn++ % 4) switch
            {
                0 => $"“We are determined to make progress on {Pick(Topics)} and we will not be distracted,” {surname} told reporters in {Pick(Places)}.",
                1 => $"{Person()}, a spokesman for the {Pick(Orgs)}, said the group was “deeply concerned about {Pick(Topics)}” and called for calm. {Fill(Pick(Fillers))}",
                2 => $"{Fill(Pick(Fillers))} {Fill(Pick(Fillers))}",
                _ => $"According to {Pick(Wires)}, the {Pick(Orgs)} will publish its report on {Pick(Topics)} next week. He said the findings would be shared with {Pick(Places)}.",
            };
            body.Append(paragraph).Append("\n\n");
            count += paragraph.Split(' ').Length;
        }
        return ($"{Pick(Places)} and {Pick(Places)} discuss {Pick(Topics)} as {Pick(Titles).ToLowerInvariant()} {surname} speaks", body.ToString().TrimEnd());
    }

    /// <summary>
    /// Search queries a reader of this corpus would type: its places, surnames, topics and organisations, a phrase,
    /// a prefix and boolean combinations (FTS5 syntax, not URL-encoded).
    /// </summary>
    public static IReadOnlyList<string> SearchTerms()
    {
        var terms = new List<string>();
        terms.AddRange(Places);
        terms.AddRange(Last);
        terms.AddRange(["inflation", "ceasefire", "budget", "election", "vaccine", "energy", "reporters", "spokesman", "analysts", "markets"]);
        terms.AddRange(["\"trade talks\"", "\"energy prices\"", "\"Central Bank\"", "\"World Health Organization\"", "\"European Commission\""]);
        terms.AddRange(["minist*", "negotiat*", "energy OR budget", "Fischer AND Paris", "election NOT budget", "Kenya AND ceasefire"]);
        return terms;
    }

    static int CountWords(StringBuilder text) => text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Writes <paramref name="count"/> articles as JSON lines (the import format).</summary>
    public void WriteJsonl(string path, int count)
    {
        using var writer = new StreamWriter(path);
        for (var i = 0; i < count; i++)
        {
            var (title, body) = Next(400 + _random.Next(800));
            writer.WriteLine(JsonSerializer.Serialize(new { title = $"{title} ({i})", body, publishedAt = DateTime.UtcNow.AddMinutes(-i).ToString("yyyy-MM-ddTHH:mm:ssZ") }));
        }
    }
}
