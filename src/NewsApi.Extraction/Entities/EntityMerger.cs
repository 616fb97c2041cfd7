using System.Globalization;

namespace NewsApi.Extraction.Entities;

/// <summary>
/// Groups candidate mentions into entities: explicit links (acronyms, "also known as"), equal names, the same
/// gazetteer place ("U.S." and "United States") and people's surnames ("Khosravi" with "Keivan Khosravi").
/// </summary>
internal static class EntityMerger
{
    public static List<ExtractedEntity> Merge(List<Candidate> mentions, Gazetteer gazetteer)
    {
        // Body first: canonical names and tie-breaks follow the body's reading order.
        mentions.Sort((a, b) => a.Field != b.Field ? b.Field.CompareTo(a.Field) : a.CharStart.CompareTo(b.CharStart));
        var n = mentions.Count;
        var parent = Enumerable.Range(0, n).ToArray();
        var index = new Dictionary<Candidate, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < n; i++) index[mentions[i]] = i;

        int Find(int x)
        {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        }
        void Union(int a, int b)
        {
            a = Find(a);
            b = Find(b);
            if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
        }

        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            var m = mentions[i];
            if (m.SameAs is { } other && index.TryGetValue(other, out var j)) Union(i, j);
            var key = Key(m, gazetteer);
            if (byKey.TryGetValue(key, out var first)) Union(i, first);
            else byKey[key] = i;
            // a name the body uses is that entity in the headline too, whatever type the headline's tagging gave it
            // ("Baidoa" an organisation in a title-case headline, a location in the body); the type is voted below
            if (m.Field == TextField.Body) byName.TryAdd(NameKey(m), i);
            else if (byName.TryGetValue(NameKey(m), out var bodyMention)) Union(i, bodyMention);
        }

        MergeSurnames(mentions, Find, Union);

        var groups = new Dictionary<int, List<Candidate>>();
        for (var i = 0; i < n; i++)
        {
            var root = Find(i);
            if (!groups.TryGetValue(root, out var g)) groups[root] = g = [];
            g.Add(mentions[i]);
        }

        var entities = new List<(int Order, ExtractedEntity Entity)>();
        foreach (var group in groups.Values)
        {
            var canonical = group.OrderByDescending(m => m.TokenCount).ThenByDescending(m => m.Origin == Origin.Lead ? 0 : 1).First();
            var type = group.GroupBy(m => m.Type).OrderByDescending(g => g.Count())
                .ThenByDescending(g => g.Key == canonical.Type).First().Key;
            // "World Food Programme (WFP)": a name headed like an organisation, or defined by an acronym, is one
            if (type == NerType.Misc && group.Exists(m => m.SameAs is not null) && group.Exists(IsOrganizationHeaded)) type = NerType.Organization;
            var name = DisplayName(canonical, gazetteer);
            var aliases = new List<string>();
            foreach (var m in group)
            {
                var text = m.Text;
                if (!text.Equals(name, StringComparison.OrdinalIgnoreCase) &&
                    !aliases.Exists(a => a.Equals(text, StringComparison.OrdinalIgnoreCase)))
                    aliases.Add(text);
            }
            var ordered = group.OrderBy(m => m.Field).ThenBy(m => m.CharStart).ToList();
            var mentionList = ordered
                .Select(m => new ExtractedMention(m.Field, new TextSpan(m.CharStart, m.CharEnd, m.Text)))
                .DistinctBy(m => (m.Field, m.Span.Start, m.Span.End))
                .ToList();
            var order = ordered[0].Field == TextField.Title ? ordered[0].CharStart : 1_000_000_000 + ordered[0].CharStart;
            var place = type == NerType.Location ? PlaceOf(group, gazetteer) : null;
            entities.Add((order, new ExtractedEntity(name, ToEntityType(type), aliases, mentionList, Place: place?.ToExtracted())));
        }
        return entities.OrderBy(e => e.Order).Select(e => e.Entity).ToList();
    }

    static Place? PlaceOf(List<Candidate> group, Gazetteer gazetteer)
    {
        foreach (var m in group)
            if (gazetteer.PlaceOf(m.Text) is { } place) return place;
        return null;
    }

    static bool IsOrganizationHeaded(Candidate m) =>
        (m.Doc.GazetteerKinds[m.End - 1] & GazetteerKind.OrganizationHead) != 0 && m.TokenCount > 1;

    static EntityType ToEntityType(NerType t) => t switch
    {
        NerType.Person => EntityType.Person,
        NerType.Organization => EntityType.Organization,
        NerType.Location => EntityType.Location,
        _ => EntityType.Other,
    };

    static string NameKey(Candidate m)
    {
        var text = m.Text;
        if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) text = text[4..];
        return "name:" + text.ToLowerInvariant();
    }

    static string Key(Candidate m, Gazetteer gazetteer)
    {
        if (m.Type == NerType.Location && gazetteer.PlaceOf(m.Text) is { } place) return "place:" + place.Id;
        var text = m.Text;
        if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) text = text[4..];
        return "name:" + text.ToLowerInvariant();
    }

    // A one-word mention of a person's surname (or a two-word tail of a three-word name) joins that person when
    // exactly one person in the article has it.
    static void MergeSurnames(List<Candidate> mentions, Func<int, int> find, Action<int, int> union)
    {
        var people = new List<(int Index, string[] Words)>();
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].Type == NerType.Person && mentions[i].TokenCount >= 2)
                people.Add((i, Words(mentions[i])));
        if (people.Count == 0) return;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.TokenCount >= 3 || m.Type is NerType.Location) continue;
            var words = Words(m);
            var matches = people.Where(p => p.Words.Length > words.Length && Tail(p.Words, words))
                .Select(p => find(p.Index)).Distinct().ToList();
            if (matches.Count == 0 && words.Length == 1)
                matches = people.Where(p => p.Words[0] == words[0] && m.Type == NerType.Person)
                    .Select(p => find(p.Index)).Distinct().ToList();
            if (matches.Count == 1)
            {
                union(i, matches[0]);
                m.Type = NerType.Person;
            }
        }
    }

    static string[] Words(Candidate m)
    {
        var words = new string[m.TokenCount];
        for (var k = 0; k < words.Length; k++) words[k] = m.Doc.Tokens[m.Start + k].In(m.Doc.Text).ToString();
        return words;
    }

    static bool Tail(string[] name, string[] tail)
    {
        for (var k = 1; k <= tail.Length; k++)
            if (!name[^k].Equals(tail[^k], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    static string DisplayName(Candidate m, Gazetteer gazetteer)
    {
        var text = m.Text;
        // an agency or any other non-place keeps its casing ("AP", "EFE"): only a place is re-cased
        if (!IsAllCaps(text) || m.Type != NerType.Location && (text.Length <= 4 || m.Origin == Origin.Lead)) return text;
        // "TEHRAN" in a dateline or an all-caps headline: the gazetteer's spelling, else title case.
        if (m.Type == NerType.Location && gazetteer.PlaceOf(text) is { } place && place.Name.Equals(text, StringComparison.OrdinalIgnoreCase))
            return place.Name;
        var dateline = m.Type == NerType.Location && m.Field == TextField.Body && m.Start == 0;
        if ((m.Doc.Flags[m.Start] & NerDocument.LineAllCaps) == 0 && m.Origin != Origin.Lead && !dateline) return text;
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant());
    }

    static bool IsAllCaps(string s) => s.Any(char.IsLetter) && !s.Any(char.IsLower);
}
