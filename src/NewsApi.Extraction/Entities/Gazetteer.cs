using System.IO.Compression;
using System.Reflection;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Entities;

[Flags]
public enum GazetteerKind : ushort
{
    None = 0,
    Country = 1,
    Capital = 2,
    City = 4,
    MajorCity = 8,
    Demonym = 16,
    FirstName = 32,
    OrganizationHead = 64,
    PersonTitle = 128,
    Month = 256,
    Weekday = 512,
    Agency = 1024,
    Region = 2048,
}

/// <summary>
/// A place a location mention can resolve to: a country (Id = ISO alpha-2) or a city (Id = GeoNames id), with the
/// country it lies in and its coordinates (WGS84 degrees).
/// </summary>
public sealed record Place(string Id, string Name, bool IsCountry, long Population, string CountryCode = "", double Latitude = 0, double Longitude = 0)
{
    /// <summary>A region of regions.tsv has no coordinates: no place is given for it rather than a wrong one.</summary>
    public bool HasCoordinates => Latitude != 0 || Longitude != 0;

    public ExtractedPlace? ToExtracted() => HasCoordinates ? new(IsCountry ? null : Id, CountryCode, Latitude, Longitude) : null;
}

/// <summary>A phrase of the gazetteer found in a token sequence: tokens [Start, End).</summary>
public readonly record struct GazetteerMatch(int Start, int End, GazetteerKind Kind, Place? Place);

/// <summary>
/// Countries, demonyms, cities, first names and hand-written cue words (organisation heads, person titles), loaded
/// from the files under Gazetteer/ (see its ATTRIBUTION.md). Phrases are matched case-insensitively on tokens.
/// </summary>
public sealed class Gazetteer
{
    internal const int MaxPhraseTokens = 6;

    // Entries are keyed by a 64-bit hash of the lower-cased tokens joined by spaces.
    readonly Dictionary<ulong, Entry> _phrases = new();
    // Hashes of the proper prefixes of multi-token phrases: matching stops as soon as no phrase continues.
    readonly HashSet<ulong> _prefixes = [];
    // First names found in only one of the female and male lists.
    readonly Dictionary<string, char> _genders = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>'f' or 'm' for a first name only one list holds ("Maria", "John"); '\0' for others ("Jordan", "Kim").</summary>
    public char GenderOf(ReadOnlySpan<char> firstName) =>
        _genders.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(firstName, out var g) ? g : '\0';

    sealed class Entry
    {
        public GazetteerKind Kind;
        public Place? Place;
    }

    /// <summary>Cities at least this big are trusted as locations by rule, not only as a tagger feature.</summary>
    public const long MajorCityPopulation = 1_000_000;

    // Written for this project: words that end organisation names and titles that precede person names.
    static readonly string[] OrganizationHeads =
    [
        "Council", "Ministry", "Agency", "Party", "Army", "Navy", "Forces", "Force", "Committee", "Commission",
        "Association", "Federation", "Union", "Organization", "Organisation", "Company", "Corporation", "Corp",
        "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "Co.", "plc", "PLC", "Group", "Bank", "University", "Institute",
        "Foundation", "Fund", "Court", "Parliament", "Assembly", "Congress", "Senate", "Department", "Office",
        "Bureau", "Service", "Authority", "Board", "Club", "FC", "Exchange", "League", "Church", "Airlines",
        "Airways", "Motors", "Holdings", "Industries", "Network", "Channel", "TV", "Radio", "Television", "Press",
        "Times", "Post", "News", "Guard", "Guards", "Front", "Movement", "Brigade", "Brigades", "Corps", "Police",
        "Ministries", "Council's", "Cabinet", "Secretariat", "Tribunal", "Alliance", "Coalition", "Society",
        "Trust", "Partners", "Securities", "Bancorp", "Inc.'s", "Journal", "Herald", "Tribune", "Agency's", "Programme", "Centre", "Center",
    ];

    internal static IReadOnlyList<string> PersonTitleWords => PersonTitles;

    static readonly string[] PersonTitles =
    [
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady", "President",
        "Vice", "Prime", "Minister", "Secretary", "Spokesman", "Spokeswoman", "Spokesperson", "Chairman",
        "Chairwoman", "Chief", "Director", "General", "Gen.", "Colonel", "Col.", "Lieutenant", "Lt.", "Captain",
        "Capt.", "Commander", "Admiral", "Adm.", "Sergeant", "Sgt.", "Major", "Maj.", "King", "Queen", "Prince",
        "Princess", "Pope", "Senator", "Sen.", "Governor", "Gov.", "Mayor", "Judge", "Justice", "Ambassador",
        "Envoy", "Ayatollah", "Sheikh", "Imam", "Rev.", "Reverend", "Father", "Bishop", "Archbishop", "Cardinal",
        "Professor", "Prof.", "Deputy", "Premier", "Chancellor", "Speaker", "Commissioner", "Representative",
        "Rep.", "Coach", "Emir", "Sultan", "Crown", "Brig.", "Marshal", "Field", "Attorney", "Foreign", "Defence",
        "Defense", "Interior", "Finance", "Economy", "Trade", "Health", "Agriculture", "Justice", "Chairperson",
        "Mullah", "Rabbi", "Spokesmen", "Leader", "Opposition", "Detective", "Inspector", "Officer", "Superintendent",
    ];

    static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.",
        "Nov.", "Dec.",
    ];

    static readonly string[] Weekdays =
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    static readonly Lazy<Gazetteer> Shipped = new(LoadShipped);

    /// <summary>The gazetteer built from the files embedded in this assembly (loaded once).</summary>
    public static Gazetteer Default => Shipped.Value;

    public int Count => _phrases.Count;

    static Gazetteer LoadShipped()
    {
        var g = new Gazetteer();
        var commonNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var centres = new Dictionary<string, (double Lat, double Lng)>(StringComparer.Ordinal);
        foreach (var f in ReadResource("world-countries.tsv"))
        {
            if (f.Length >= 2) commonNames[f[0]] = f[1];
            if (f.Length >= 5 && double.TryParse(f[3], System.Globalization.CultureInfo.InvariantCulture, out var lat)
                && double.TryParse(f[4], System.Globalization.CultureInfo.InvariantCulture, out var lng))
                centres[f[0]] = (lat, lng);
        }

        foreach (var f in ReadResource("countries.tsv"))
        {
            var names = f[2].Split('|', StringSplitOptions.RemoveEmptyEntries);
            var canonical = commonNames.GetValueOrDefault(f[0]) ?? names[0];
            var (lat, lng) = centres.GetValueOrDefault(f[0]);
            var place = new Place(f[0], canonical, true, 0, f[0], lat, lng);
            g.Add(canonical, GazetteerKind.Country, place);
            foreach (var name in names) g.Add(name, GazetteerKind.Country, place);
        }
        foreach (var f in ReadResource("world-countries.tsv"))
        {
            foreach (var d in f[2].Split(['|', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                g.Add(d, GazetteerKind.Demonym, null);
                if (d.EndsWith("an", StringComparison.Ordinal) || d.EndsWith('i')) g.Add(d + "s", GazetteerKind.Demonym, null);
            }
        }
        foreach (var f in ReadResource("cities.tsv"))
        {
            var names = f[0].Split('|');
            var population = long.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture);
            var capital = f[3] == "capital";
            var kind = GazetteerKind.City | (capital ? GazetteerKind.Capital : 0) |
                       (population >= MajorCityPopulation ? GazetteerKind.MajorCity : 0);
            var place = new Place(f[6], names[0], false, population, f[1],
                double.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(f[5], System.Globalization.CultureInfo.InvariantCulture));
            foreach (var name in names) g.Add(name, kind, place);
        }
        foreach (var f in ReadResource("regions.tsv"))
        {
            var names = f[0].Split('|');
            var place = new Place(names[0], names[0], false, 0, f[1]);
            foreach (var name in names) g.Add(name, GazetteerKind.Region, place);
        }
        foreach (var f in ReadResource("first-names.txt"))
        {
            g.Add(f[0], GazetteerKind.FirstName, null);
            if (f.Length > 1 && f[1] is "f" or "m") g._genders[f[0]] = f[1][0];
        }
        foreach (var w in OrganizationHeads) g.Add(w, GazetteerKind.OrganizationHead, null);
        foreach (var w in PersonTitles) g.Add(w, GazetteerKind.PersonTitle, null);
        foreach (var w in Months) g.Add(w, GazetteerKind.Month, null);
        foreach (var w in Weekdays) g.Add(w, GazetteerKind.Weekday, null);
        foreach (var w in Agencies.All) g.Add(w, GazetteerKind.Agency, null);
        return g;
    }

    static IEnumerable<string[]> ReadResource(string file)
    {
        var name = "NewsApi.Extraction.Gazetteer." + file;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded resource {name}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }

    internal void Add(string phrase, GazetteerKind kind, Place? place)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Count == 0 || tokens.Count > MaxPhraseTokens) return;
        var h = Seed;
        for (var i = 0; i < tokens.Count; i++)
        {
            h = Extend(h, phrase.AsSpan(tokens[i].Start, tokens[i].Length), i > 0);
            if (i < tokens.Count - 1) _prefixes.Add(h);
        }
        if (!_phrases.TryGetValue(h, out var entry)) _phrases[h] = entry = new Entry();
        entry.Kind |= kind;
        // Countries win over cities of the same name; bigger cities win over smaller ones.
        if (place is not null && (entry.Place is null || Better(place, entry.Place))) entry.Place = place;
    }

    static bool Better(Place a, Place b) =>
        a.IsCountry != b.IsCountry ? a.IsCountry : a.Population > b.Population;

    /// <summary>The kinds of a single word, e.g. for "Iranian" <see cref="GazetteerKind.Demonym"/>.</summary>
    public GazetteerKind KindOf(ReadOnlySpan<char> word) =>
        _phrases.TryGetValue(Extend(Seed, word, false), out var e) ? e.Kind : GazetteerKind.None;

    /// <summary>The place a whole phrase names ("United States", "TEHRAN"), or null.</summary>
    public Place? PlaceOf(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Count == 0 || tokens.Count > MaxPhraseTokens) return null;
        var h = Seed;
        for (var i = 0; i < tokens.Count; i++) h = Extend(h, phrase.AsSpan(tokens[i].Start, tokens[i].Length), i > 0);
        return _phrases.TryGetValue(h, out var e) ? e.Place : null;
    }

    /// <summary>
    /// Every phrase that starts at each token, longest first per start. Capitalisation is the caller's business:
    /// "us" matches "US".
    /// </summary>
    public void FindAll(string text, IReadOnlyList<Token> tokens, List<GazetteerMatch> into)
    {
        Span<int> ends = stackalloc int[MaxPhraseTokens];
        Span<ulong> hashes = stackalloc ulong[MaxPhraseTokens];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] != '(') continue;
            var h = Seed;
            var found = 0;
            var max = Math.Min(MaxPhraseTokens, tokens.Count - i);
            for (var n = 0; n < max; n++)
            {
                var t = tokens[i + n];
                if (n > 0 && t.LineStart) break;
                h = Extend(h, t.In(text), n > 0);
                if (_phrases.ContainsKey(h))
                {
                    ends[found] = i + n + 1;
                    hashes[found++] = h;
                }
                if (!_prefixes.Contains(h)) break;
            }
            for (var k = found - 1; k >= 0; k--)
            {
                var e = _phrases[hashes[k]];
                into.Add(new GazetteerMatch(i, ends[k], e.Kind, e.Place));
            }
        }
    }

    const ulong Seed = 14695981039346656037UL;

    static ulong Extend(ulong h, ReadOnlySpan<char> token, bool space)
    {
        if (space) h = (h ^ ' ') * 1099511628211UL;
        foreach (var c in token) h = (h ^ char.ToLowerInvariant(c)) * 1099511628211UL;
        return h;
    }
}
