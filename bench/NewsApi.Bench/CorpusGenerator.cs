using System.Text;
using System.Text.Json;
using static NewsApi.Bench.CorpusVocabulary;

namespace NewsApi.Bench;

/// <summary>
/// Realistic synthetic news: a wire lead, attributed quotes (direct, indirect, mixed), named people, organisations
/// and places, varied sentence templates. Each article has a main topic and a side topic drawn from sixty, and its
/// people, places and organisations come from large pools, all with Zipf-like weights: a few topics and names are in
/// many articles, most in few, so a topical word matches a few per cent of the corpus, as in real news.
/// Deterministic for a given seed.
/// </summary>
public sealed class CorpusGenerator(int seed)
{
    readonly Random _random = new(seed);

    static readonly DateTime Newest = new(2026, 11, 1, 12, 0, 0, DateTimeKind.Utc);

    // 5,000 people (first name + surname), the same for every seed; popularity falls with the index
    static readonly string[] People = BuildPeople(5_000);
    static readonly Zipf PersonRank = new(People.Length, 0.7);
    static readonly Zipf TopicRank = new(Topics.Length, 0.6);
    static readonly Zipf TopicWordRank = new(Topics.Min(t => t.Length), 1.0);
    static readonly Zipf CountryRank = new(Countries.Length, 0.6);
    static readonly Zipf CityRank = new(Cities.Length, 0.6);
    static readonly Zipf OrgRank = new(Organizations.Length, 0.7);
    static readonly Zipf WireRank = new(Wires.Length, 1.0);

    static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    // an article's cast: the few people, places and organisations it is about, drawn once and then repeated, so a
    // popular name is in many articles without being in all of them
    string[] _people = [], _countries = [], _cities = [], _orgs = [];

    string Pick(string[] items) => items[_random.Next(items.Length)];
    string Person() => Pick(_people);
    string Country() => Pick(_countries);
    string City() => Pick(_cities);
    string Place() => _random.Next(3) == 0 ? City() : Country();
    string Org() => Pick(_orgs);
    string Wire() => Wires[WireRank.Sample(_random)];
    string Word(string[] topic) => topic[TopicWordRank.Sample(_random)];
    string[] Draw(string[] pool, Zipf rank, int count) => [.. Enumerable.Range(0, count).Select(_ => pool[rank.Sample(_random)])];

    string Fill(string template, string[] topic, string[] side) => template
        .Replace("{P}", Place()).Replace("{O}", Org()).Replace("{N}", Person())
        .Replace("{T}", topic[0]).Replace("{W}", Word(topic)).Replace("{X}", Word(side));

    public (string Title, string Body) Next(int words = 600)
    {
        _people = Draw(People, PersonRank, 3);
        _countries = Draw(Countries, CountryRank, 3);
        _cities = Draw(Cities, CityRank, 2);
        _orgs = Draw(Organizations, OrgRank, 3);
        var topic = Topics[TopicRank.Sample(_random)];
        var side = Topics[TopicRank.Sample(_random)];
        var speaker = _people[0];
        var surname = speaker[(speaker.IndexOf(' ') + 1)..];
        var title = Pick(CorpusVocabulary.Titles);
        var body = new StringBuilder();
        body.Append($"{City().ToUpperInvariant()} ({Wire()}) – {Country()}'s {title} {speaker} said on {Pick(Weekdays)} that {topic[0]} would dominate the agenda of the {Org()}, adding that talks with {Country()} on {Word(side)} were going well.\n\n");
        var count = CountWords(body);
        var turn = 0;
        while (count < words)
        {
            var paragraph = (turn++ % 4) switch
            {
                0 => $"“{Fill(Pick(SpokenLines), topic, side)},” {surname} {Pick(Verbs)} in {Place()}.",
                1 => $"{Person()}, a spokesman for the {Org()}, said the group was “deeply concerned about {(_random.Next(2) == 0 ? Word(topic) : Pick(Concerns))}” and called for calm. {Fill(Pick(Fillers), topic, side)}",
                2 => $"{Fill(Pick(Fillers), topic, side)} {Fill(Pick(Fillers), topic, side)}",
                _ => $"According to {Wire()}, the {Org()} will publish its report on {Word(topic)} next week. {surname} said the findings would be shared with {Country()}.",
            };
            body.Append(paragraph).Append("\n\n");
            count += paragraph.Split(' ').Length;
        }
        var headline = _random.Next(4) switch
        {
            0 => $"{Country()} and {Country()} discuss {topic[0]} as {title.ToLowerInvariant()} {surname} speaks",
            1 => $"{surname} warns on {Word(topic)} as {Org()} meets in {City()}",
            2 => $"{Country()}: {Word(topic)} dominates talks on {Word(side)}",
            _ => $"{Org()} says {Word(topic)} will shape {side[0]}",
        };
        return (headline, body.ToString().TrimEnd());
    }

    /// <summary>What kind of search a query is, for reporting latency by class.</summary>
    public enum TermClass { VeryCommonWord, CommonWord, TopicWord, RareWord, Name, Place, Phrase, Prefix, Boolean }

    /// <summary>
    /// Search queries a reader of this corpus would type (FTS5 syntax, not URL-encoded), by class: the words of the
    /// most, moderately and least covered topics, words of the sentence templates that most articles use, surnames and full names from the head and the tail of the pool,
    /// places, phrases, prefixes and boolean combinations. Common words are kept even though they are the slowest.
    /// </summary>
    public static IReadOnlyList<(TermClass Class, string Query)> ClassifiedSearchTerms()
    {
        var terms = new List<(TermClass, string)>();
        void Add(TermClass c, params string[] queries) => terms.AddRange(queries.Select(q => (c, q)));
        Add(TermClass.VeryCommonWord, "officials", "analysts", "government");
        Add(TermClass.CommonWord, "election", "inflation", "war");
        Add(TermClass.TopicWord, "ceasefire", "tariffs", "migration", "vaccine", "protests", "sanctions", "earthquake", "pension", "drought", "refugee");
        Add(TermClass.RareWord, "cholera", "whaling", "avalanche", "locusts", "volcano", "doping", "census", "piracy", "mpox", "trawlers");
        Add(TermClass.Name, "Fischer", "Okafor", "Tanaka", "Lindqvist", "Bogdanov", "Barakat", "Petrenko", $"\"{People[0]}\"", $"\"{People[10]}\"", $"\"{People[1_000]}\"", $"\"{People[4_000]}\"");
        Add(TermClass.Place, "China", "Ukraine", "Paris", "Nairobi", "Mongolia", "Reykjavik", "Kinshasa", "Montenegro");
        Add(TermClass.Phrase, "\"trade talks\"", "\"energy prices\"", "\"Central Bank\"", "\"World Health Organization\"", "\"interest rates\"", "\"rescue teams\"", "\"flight recorders\"");
        Add(TermClass.Prefix, "minist*", "negotiat*", "vaccin*", "cyber*", "volcan*");
        Add(TermClass.Boolean, "energy OR budget", "Fischer AND Paris", "election NOT budget", "Kenya AND ceasefire", "(drought OR floods) AND Kenya", "title:inflation");
        return terms;
    }

    /// <summary>The queries of <see cref="ClassifiedSearchTerms"/>, one per line in bench/run's terms file.</summary>
    public static IReadOnlyList<string> SearchTerms() => [.. ClassifiedSearchTerms().Select(t => t.Query)];

    static int CountWords(StringBuilder text) => text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Writes <paramref name="count"/> articles as JSON lines (the import format), newest first, seven minutes apart.</summary>
    public void WriteJsonl(string path, int count)
    {
        using var writer = new StreamWriter(path);
        for (var i = 0; i < count; i++)
        {
            var (title, body) = Next(400 + _random.Next(800));
            writer.WriteLine(JsonSerializer.Serialize(new { title = $"{title} ({i})", body, source = Wire(), publishedAt = Newest.AddMinutes(-7 * i).ToString("yyyy-MM-ddTHH:mm:ssZ") }));
        }
    }

    static string[] BuildPeople(int count)
    {
        var random = new Random(2024);
        var surname = new Zipf(Surnames.Length, 0.5);
        return [.. Enumerable.Range(0, count).Select(_ => $"{FirstNames[random.Next(FirstNames.Length)]} {Surnames[surname.Sample(random)]}").Distinct()];
    }

    /// <summary>Draws 0..n-1 with weight 1/(k+1)^s.</summary>
    sealed class Zipf
    {
        readonly double[] _cumulative;

        public Zipf(int n, double s)
        {
            _cumulative = new double[n];
            var sum = 0.0;
            for (var k = 0; k < n; k++) _cumulative[k] = sum += 1 / Math.Pow(k + 1, s);
            for (var k = 0; k < n; k++) _cumulative[k] /= sum;
        }

        public int Sample(Random random)
        {
            var i = Array.BinarySearch(_cumulative, random.NextDouble());
            return Math.Min(i < 0 ? ~i : i, _cumulative.Length - 1);
        }
    }
}
