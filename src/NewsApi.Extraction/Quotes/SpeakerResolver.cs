using System.Collections.Frozen;
using NewsApi.Extraction.Entities;
using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Quotes;

/// <summary>
/// Maps a speaker as written to an entity: a name through the mention it overlaps, he/she to the nearest earlier
/// person outside quotes (preferring earlier speakers), it and "the agency" to the nearest earlier organisation,
/// "the spokesman" to the nearest person carrying that title. Unresolvable sources ("media") stay null.
/// </summary>
sealed class SpeakerResolver
{

    readonly QuoteDocument _doc;
    readonly IReadOnlyList<ExtractedEntity> _entities;
    readonly List<(int Start, int End, int Entity)> _mentions = [];
    readonly char[] _gender; // 'm', 'f' or '\0' per entity
    readonly bool[] _spoke;

    public SpeakerResolver(QuoteDocument doc, IReadOnlyList<ExtractedEntity> entities)
    {
        _doc = doc;
        _entities = entities;
        _gender = new char[entities.Count];
        _spoke = new bool[entities.Count];
        for (var e = 0; e < entities.Count; e++)
            foreach (var m in entities[e].Mentions)
                if (m.Field == TextField.Body && m.Span.End <= doc.Body.Length) _mentions.Add((m.Span.Start, m.Span.End, e));
        _mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        foreach (var (start, _, e) in _mentions)
        {
            if (entities[e].Type != EntityType.Person || _gender[e] != '\0') continue;
            var t = doc.TokenAt(start) - 1;
            if (t < 0 || !doc.IsWord(t)) continue;
            if (Lexicon.In(Lexicon.Male, doc.Text(t))) _gender[e] = 'm';
            else if (Lexicon.In(Lexicon.Female, doc.Text(t))) _gender[e] = 'f';
        }
        // no title said it: a first name found in only one of the female and male lists
        for (var e = 0; e < entities.Count; e++)
            if (entities[e].Type == EntityType.Person && _gender[e] == '\0')
                _gender[e] = Gazetteer.Default.GenderOf(FirstWord(entities[e].Name));
    }

    /// <summary>Narrows a name phrase to the entity mention at its head and returns both (phrase unchanged when no mention).</summary>
    public (int Start, int End, int? Entity) Resolve(int start, int end, Func<int, bool> inQuote)
    {
        // The entity is named in the phrase's head, before any qualifying preposition ("officials in Ankara"):
        // a place there is where the source is, not who.
        var headEnd = HeadEnd(start, end);
        var head = -1;
        for (var i = 0; i < _mentions.Count; i++)
        {
            var (ms, me, e) = _mentions[i];
            if (ms >= headEnd) break;
            if (me <= start) continue;
            // "Kenya's interior ministry": the possessor is not the speaker
            if (me < headEnd && IsPossessor(me)) continue;
            if (head < 0 || me > _mentions[head].End || me == _mentions[head].End && IsBetterType(e, _mentions[head].Entity)) head = i;
        }
        if (head >= 0)
        {
            var (ms, me, e) = _mentions[head];
            // a speaker is a person or an organisation, or a place speaking for its government ("Moscow said"); a
            // group or an event ("Democrats", "the Olympics") keeps its words and no entity
            if (_entities[e].Type == EntityType.Other) return (start, end, null);
            var narrowed = ms >= start && me <= end && _entities[e].Type is EntityType.Person or EntityType.Organization;
            Remember(e, default);
            return narrowed ? (ms, me, e) : (start, end, e);
        }
        if (headEnd < end) return (start, end, null);
        var words = _doc.Body.AsSpan(start, end - start);
        // "She’s so frustrated that …": the speaker is the pronoun without its contracted auxiliary
        var apostrophe = words.IndexOfAny('\'', '’');
        if (apostrophe > 0 && words.IndexOf(' ') < 0
            && (Lexicon.In(Lexicon.PersonPronouns, words[..apostrophe]) || words[..apostrophe].Equals("they", StringComparison.OrdinalIgnoreCase)))
        {
            end = start + apostrophe;
            words = words[..apostrophe];
        }
        var lastSpace = words.LastIndexOf(' ');
        var headWord = lastSpace >= 0 ? words[(lastSpace + 1)..] : words;
        int? entity = null;
        if (words.Equals("who", StringComparison.OrdinalIgnoreCase) && Antecedent(start) is { } named)
            entity = named;
        else if (Lexicon.In(Lexicon.PersonPronouns, words))
        {
            entity = NearestPerson(start, inQuote, GenderOfPronoun(words));
            if (entity is { } p) Remember(p, words);
        }
        // "his claim that …", "her support for …": the holder of a stance noun, by the same rule as he and she
        else if (words.Equals("his", StringComparison.OrdinalIgnoreCase) || words.Equals("her", StringComparison.OrdinalIgnoreCase))
            entity = NearestPerson(start, inQuote, GenderOfPronoun(words));
        else if (Lexicon.In(Lexicon.OrganizationPronouns, words))
            entity = NearestOrganization(start, inQuote, default);
        // "the 45-year-old said": a person described by age is the nearest person
        else if (lastSpace >= 0 && words.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && headWord.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase))
            entity = NearestPerson(start, inQuote, '\0');
        else if (lastSpace >= 0 && words.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            // "the company" may be the nearest company of any name; "the national statistics agency" describes one
            if (Lexicon.In(Lexicon.OrganizationNouns, headWord)) entity = NearestOrganization(start, inQuote, headWord, anyName: words.Count(' ') == 1);
            else if (Lexicon.In(Lexicon.Titles, headWord)) entity = NearestTitled(start, headWord);
        }
        if (entity is { } found) _spoke[found] = true;
        return (start, end, entity);
    }

    int HeadEnd(int start, int end)
    {
        for (var t = _doc.TokenAt(start) + 1; t < _doc.Tokens.Count && _doc.Tokens[t].Start < end; t++)
            if (_doc.IsWord(t) && !_doc.IsCapitalized(t) && Lexicon.In(Lexicon.HeadEnders, _doc.Text(t))) return _doc.Tokens[t].Start;
        return end;
    }


    bool IsPossessor(int mentionEnd)
    {
        var body = _doc.Body;
        return mentionEnd + 1 < body.Length && body[mentionEnd] is '\'' or '’' && body[mentionEnd + 1] is 's' or 'S'
               && (mentionEnd + 2 == body.Length || !char.IsLetter(body[mentionEnd + 2]));
    }

    static ReadOnlySpan<char> FirstWord(string name) => name.IndexOf(' ') is > 0 and var space ? name.AsSpan(0, space) : name;

    static char GenderOfPronoun(ReadOnlySpan<char> word) =>
        word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase) ? 'f'
        : word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("his", StringComparison.OrdinalIgnoreCase) ? 'm' : '\0';

    /// <summary>"Smith, who said …": the entity mentioned just before the comma.</summary>
    int? Antecedent(int whoStart)
    {
        var t = _doc.TokenAt(whoStart) - 1;
        if (!_doc.IsPunct(t, ',') || t == 0) return null;
        // "Rep. Gregory Meeks (D-N.Y.), who …": the name before the party designation
        if (_doc.IsPunct(t - 1, ')'))
            for (var open = t - 2; open > 0 && open > t - 12; open--)
                if (_doc.IsPunct(open, '(')) { t = open; break; }
        var end = _doc.Tokens[t - 1].End;
        foreach (var (ms, me, e) in _mentions)
            if (ms < end && me >= end) return e;
        return null;
    }

    bool IsBetterType(int candidate, int current) =>
        _entities[candidate].Type == EntityType.Person && _entities[current].Type != EntityType.Person;

    void Remember(int entity, ReadOnlySpan<char> pronoun)
    {
        _spoke[entity] = true;
        if (_gender[entity] != '\0') return;
        if (pronoun.Equals("he", StringComparison.OrdinalIgnoreCase)) _gender[entity] = 'm';
        else if (pronoun.Equals("she", StringComparison.OrdinalIgnoreCase)) _gender[entity] = 'f';
    }

    int? NearestPerson(int before, Func<int, bool> inQuote, char gender)
    {
        // Look at the two closest people; an earlier speaker wins over a merely mentioned person.
        int? nearest = null, second = null;
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            var (ms, _, e) = _mentions[i];
            if (ms >= before || _entities[e].Type != EntityType.Person || inQuote(ms)) continue;
            if (gender != '\0' && _gender[e] != '\0' && _gender[e] != gender) continue;
            if (nearest is null) nearest = e;
            else if (e != nearest) { second = e; break; }
        }
        if (nearest is { } n && !_spoke[n] && second is { } s && _spoke[s]) return s;
        // "Smith met Jones on Monday. He said …": when neither has spoken, the subject of the sentence before is the
        // likelier referent of a subject pronoun than the object nearest to it
        if (nearest is { } near && !_spoke[near] && second is { } other && !_spoke[other]
            && PreviousSentenceSubject(before) is { } subject && subject == other) return other;
        return nearest;
    }

    // The person whose mention opens the sentence before the one at <paramref name="offset"/> (after a title), if any.
    int? PreviousSentenceSubject(int offset)
    {
        var t = _doc.TokenAt(offset);
        if (t >= _doc.Tokens.Count) return null;
        var sentence = _doc.Tokens[t].Sentence;
        if (sentence == 0 || _doc.Sentences[sentence].FirstToken != t) return null; // the pronoun opens its sentence
        var previous = _doc.Sentences[sentence - 1];
        foreach (var (ms, _, e) in _mentions)
        {
            if (ms < previous.Start) continue;
            if (ms >= previous.End) break;
            var first = _doc.TokenAt(ms);
            var opens = first == previous.FirstToken
                        || Enumerable.Range(previous.FirstToken, first - previous.FirstToken).All(k => _doc.IsCapitalized(k) && Lexicon.In(Lexicon.Titles, _doc.Text(k)));
            return opens && _entities[e].Type == EntityType.Person ? e : null;
        }
        return null;
    }

    int? NearestOrganization(int before, Func<int, bool> inQuote, ReadOnlySpan<char> headNoun, bool anyName = true)
    {
        int? nearest = null;
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            var (ms, me, e) = _mentions[i];
            if (ms >= before || _entities[e].Type != EntityType.Organization || inQuote(ms)) continue;
            if (headNoun.IsEmpty ? !Agencies.IsAgency(_entities[e].Name) : NamedBy(e, me, headNoun)) return e;
            // "the company" may be the nearest organisation of another name; "the government" is not just any
            // organisation, and a news agency credited for the story is never the actor
            if (anyName && Lexicon.In(Lexicon.GenericOrganizationNouns, headNoun) && !Agencies.IsAgency(_entities[e].Name)) nearest ??= e;
        }
        return nearest;
    }

    bool NamedBy(int entity, int mentionEnd, ReadOnlySpan<char> headNoun)
    {
        if (_entities[entity].Name.AsSpan().Contains(headNoun, StringComparison.OrdinalIgnoreCase)) return true;
        var t = _doc.TokenAt(mentionEnd);
        return _doc.IsWord(t) && _doc.Text(t).Equals(headNoun, StringComparison.OrdinalIgnoreCase);
    }

    int? NearestTitled(int before, ReadOnlySpan<char> title)
    {
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            var (ms, _, e) = _mentions[i];
            if (ms >= before || _entities[e].Type != EntityType.Person) continue;
            var t = _doc.TokenAt(ms);
            for (var k = t - 1; k >= 0 && k >= t - 3; k--)
                if (_doc.IsWord(k) && _doc.Text(k).Equals(title, StringComparison.OrdinalIgnoreCase)) return e;
        }
        return null;
    }
}
