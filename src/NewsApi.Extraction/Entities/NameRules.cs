using NewsApi.Extraction.Text;

namespace NewsApi.Extraction.Entities;

/// <summary>
/// Rules about what a name is, applied to the tagger's spans: a name never starts or ends with a function word and
/// is never only lower-case words ("interior ministry", "of"); names keep their inner particles ("Horn of Africa",
/// "Rubén del Campo", "Federation of Dutch Trade Unions"); news agencies are organisations.
/// </summary>
internal static class NameRules
{
    /// <summary>Trims function words off the ends of spans and drops spans with no capitalised word.</summary>
    public static void TrimFunctionWords(List<Candidate> spans)
    {
        for (var k = spans.Count - 1; k >= 0; k--)
        {
            var c = spans[k];
            var d = c.Doc;
            // only a lower-case one: "La Stampa", "De Beers", "Van Gaal" begin with their particle
            while (c.TokenCount > 1 && IsFunctionWord(d, c.Start) && (d.Flags[c.Start] & NerDocument.InitialCapital) == 0) c.Start++;
            while (c.TokenCount > 1 && (IsFunctionWord(d, c.End - 1) || IsParticle(d, c.End - 1) || IsPunctuation(d, c.End - 1))) c.End--;
            if (!HasCapital(d, c.Start, c.End) || c.TokenCount == 1 && (IsFunctionWord(d, c.Start) || IsParticle(d, c.Start)))
                spans.RemoveAt(k);
            else if (IsPageFurniture(d, c.Start, c.End))
                spans.RemoveAt(k);
        }
    }

    /// <summary>
    /// Joins two names separated only by a particle and capitalised words: "Horn" of "Africa", "Rubén" del "Campo",
    /// "Federation" of Dutch "Trade Unions". A person before "of" keeps apart ("John Cornyn of Texas").
    /// </summary>
    public static void JoinParticles(List<Candidate> spans)
    {
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var k = 0; k + 1 < spans.Count; k++)
        {
            var left = spans[k];
            var right = spans[k + 1];
            if (left.Doc != right.Doc || right.Start < left.End) continue;
            var d = left.Doc;
            // "Harold" "P." "Whitcombe": a person's name the tagger cut at a middle initial
            // ("Donald" "J. Trump": the first name may have been given another type)
            if (right.Start == left.End && (IsInitial(d, left.End - 1) || IsInitial(d, right.Start)) && SameLine(d, left.End - 1, right.Start) is true
                && (left.Type == NerType.Person && right.Type == NerType.Person
                    || right.Type == NerType.Person && IsInitial(d, right.Start) && left.TokenCount == 1
                    || (left.Type == NerType.Person || right.Type == NerType.Person) && (d.GazetteerKinds[left.Start] & GazetteerKind.FirstName) != 0))
            {
                left.End = right.End;
                left.Type = NerType.Person;
                spans.RemoveAt(k + 1);
                k--;
                continue;
            }
            if (right.Start == left.End) continue;
            // "B.C. Teachers' Federation": a plural possessive's apostrophe inside an organisation's name
            if (right.Start == left.End + 1 && d.Tokens[left.End].In(d.Text) is "'" or "’" && d.Text[d.Tokens[left.End - 1].End - 1] is 's'
                && d.Tokens[left.End].Start == d.Tokens[left.End - 1].End && (d.GazetteerKinds[right.End - 1] & GazetteerKind.OrganizationHead) != 0)
            {
                left.End = right.End;
                left.Type = NerType.Organization;
                spans.RemoveAt(k + 1);
                k--;
                continue;
            }
            var gap = right.Start - left.End;
            if (gap > 3 || !IsParticle(d, left.End) && !IsFunctionWordOf(d, left.End)) continue;
            var ofLike = IsFunctionWordOf(d, left.End);
            // "John Cornyn of Texas", "Rally for Hillary Clinton": a person before or after "of"/"for" keeps apart
            if (ofLike && (left.Type == NerType.Person || right.Type == NerType.Person)) continue;
            var ok = true;
            for (var i = left.End + 1; i < right.Start && ok; i++)
                ok = (d.Flags[i] & NerDocument.InitialCapital) != 0 || IsParticle(d, i);
            if (!ok || SameLine(d, left.End - 1, right.Start) is false) continue;
            var orgHead = false;
            for (var i = left.Start; i < right.End; i++)
                if ((d.GazetteerKinds[i] & GazetteerKind.OrganizationHead) != 0) orgHead = true;
            left.Type = orgHead ? NerType.Organization
                : left.Type == NerType.Person || right.Type == NerType.Person && !ofLike ? NerType.Person
                : right.Type == NerType.Location ? NerType.Location
                : left.Type == NerType.Misc ? right.Type : left.Type;
            left.End = right.End;
            spans.RemoveAt(k + 1);
            k--;
        }
    }

    /// <summary>
    /// "Federation of Dutch Trade Unions (FNV)": an acronym in brackets right after an organisation names it, whatever
    /// language its letters come from (the initials rule in <see cref="SpanRules.LinkAcronyms"/> covers the rest).
    /// </summary>
    public static void LinkBracketedAcronyms(TextField field, NerDocument d, List<Candidate> spans)
    {
        foreach (var org in spans.ToList())
        {
            var open = org.End;
            if (org.Type != NerType.Organization || org.TokenCount < 2 || open + 2 >= d.Count) continue;
            if (d.Text[d.Tokens[open].Start] != '(' || d.Text[d.Tokens[open + 2].Start] != ')') continue;
            var a = open + 1;
            if ((d.Flags[a] & NerDocument.Acronym) == 0 && (d.Flags[a] & NerDocument.AllCaps) == 0) continue;
            var acronym = spans.Find(c => c.Overlaps(a, a + 1));
            if (acronym is null)
            {
                acronym = new Candidate(field, d, a, a + 1, NerType.Organization, Origin.Alias);
                spans.Add(acronym);
            }
            else if (acronym.Start != a || acronym.End != a + 1 || acronym.SameAs is not null) continue;
            acronym.Type = NerType.Organization;
            acronym.SameAs = org;
        }
    }

    /// <summary>
    /// "John G. Roberts Jr.", "Vann R. Newkirk II": a generational suffix belongs to the person before it, and is no
    /// name of its own; a party designation "(D-N.Y.)" names no place.
    /// </summary>
    public static void AttachSuffixes(List<Candidate> spans)
    {
        for (var k = spans.Count - 1; k >= 0; k--)
        {
            var c = spans[k];
            var d = c.Doc;
            if (c.TokenCount == 1 && Lexicon.In(Lexicon.NameSuffixes, d.Tokens[c.Start].In(d.Text)) || InPartyDesignation(d, c))
            {
                spans.RemoveAt(k);
                continue;
            }
            if (c.Type != NerType.Person) continue;
            var next = c.End < d.Count && d.Tokens[c.End].In(d.Text) is "," ? c.End + 1 : c.End;
            if (next < d.Count && Lexicon.In(Lexicon.NameSuffixes, d.Tokens[next].In(d.Text)) && !spans.Exists(o => o != c && o.Overlaps(next, next + 1)))
                c.End = next + 1;
        }
    }

    // "(D-N.Y.)", "(R-Ga.)": a party letter, a hyphen and a state abbreviation in brackets
    static bool InPartyDesignation(NerDocument d, Candidate c)
    {
        var open = c.Start - 1;
        while (open >= 0 && open > c.Start - 4 && d.Tokens[open].In(d.Text) is not "(") open--;
        if (open < 0 || d.Tokens[open].In(d.Text) is not "(" || open + 1 >= d.Count) return false;
        var first = d.Tokens[open + 1].In(d.Text);
        return first.Length >= 2 && first[0] is 'D' or 'R' or 'I' && first[1] == '-' || first is "D" or "R" or "I" && open + 2 < d.Count && d.Tokens[open + 2].In(d.Text) is "-";
    }

    /// <summary>
    /// An apposition says what a name is: "Codelco, the Chilean copper miner," is an organisation, "Lena Ortiz, a
    /// spokeswoman for the port," a person — whatever the tagger guessed from the name alone.
    /// </summary>
    public static void TypeByApposition(List<Candidate> spans)
    {
        foreach (var c in spans)
        {
            var d = c.Doc;
            var t = c.End;
            if (t + 2 >= d.Count || d.Tokens[t].In(d.Text) is not ",") continue;
            t++;
            if (!Lexicon.In(Lexicon.AppositionDeterminers, d.Tokens[t].In(d.Text))) continue;
            // up to four modifiers ("the state-run copper miner", "a senior Chilean official") before the head noun
            for (var words = 0; ++t < d.Count && words < 5 && d.Tokens[t].Kind == TokenKind.Word; words++)
            {
                var w = d.Tokens[t].In(d.Text);
                var isCompany = Lexicon.In(Lexicon.CompanyNouns, w);
                if (!isCompany && !Lexicon.In(Lexicon.PersonRoleNouns, w))
                {
                    if (Lexicon.IsFunctionWord(w)) break;
                    continue;
                }
                // an apposition ends its noun phrase (", the copper miner, said", "a spokeswoman for the port");
                // ", the agency warned" is an attribution after the clause, not an apposition
                if (t + 1 < d.Count && !Lexicon.In(Lexicon.AppositionEnders, d.Tokens[t + 1].In(d.Text))) break;
                if (isCompany && c.Type != NerType.Person) c.Type = NerType.Organization;
                else if (!isCompany && c.TokenCount <= 4 && c.Type != NerType.Organization) c.Type = NerType.Person;
                break;
            }
        }
    }

    /// <summary>"The Nova Scotia Nurses' Union": an organisation's head after a plural possessive the tagger left out.</summary>
    public static void ExtendPossessiveHeads(List<Candidate> spans)
    {
        foreach (var c in spans)
        {
            var d = c.Doc;
            var apostrophe = c.End;
            if (apostrophe + 1 >= d.Count || d.Tokens[apostrophe].In(d.Text) is not ("'" or "’") || d.Text[d.Tokens[apostrophe - 1].End - 1] != 's'
                || d.Tokens[apostrophe].Start != d.Tokens[apostrophe - 1].End) continue;
            var head = apostrophe + 1;
            if ((d.GazetteerKinds[head] & GazetteerKind.OrganizationHead) == 0 || (d.Flags[head] & NerDocument.InitialCapital) == 0) continue;
            if (spans.Exists(o => o != c && o.Overlaps(head, head + 1))) continue;
            c.End = head + 1;
            c.Type = NerType.Organization;
        }
    }

    /// <summary>
    /// A headline as the body's first line ("Wealthy Voters Abandon Republican Party for Hillary Clinton.") misleads a
    /// tagger trained on sentences as a title-case title does: there only names the rest of the body also uses, and
    /// gazetteer places, count. All-caps lines (wire headlines, sports tables) are left to the tagger.
    /// </summary>
    public static void DropHeadlineGuesses(NerDocument d, List<Candidate> spans)
    {
        // only the body's first line: where a headline stands when it was pasted in with the text
        if (d.Count == 0) return;
        var lineEnd = 1;
        while (lineEnd < d.Count && !d.Tokens[lineEnd].LineStart) lineEnd++;
        if (!IsTitleCaseLine(d, 0, lineEnd)) return;
        var elsewhere = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in spans)
            if (c.Start >= lineEnd) elsewhere.Add(c.Text);
        spans.RemoveAll(c => c.Start < lineEnd && c.Origin == Origin.Tagger && !elsewhere.Contains(c.Text));
    }

    static bool IsTitleCaseLine(NerDocument d, int start, int end)
    {
        // every word capitalised but short function words ("Voters Abandon Party for Clinton"); a sentence full of
        // names still has lower-case words ("… met ministers in Brussels")
        int words = 0, allCaps = 0;
        for (var i = start; i < end; i++)
        {
            if (d.Tokens[i].Kind != TokenKind.Word || d.Tokens[i].Length < 4) continue;
            words++;
            if ((d.Flags[i] & NerDocument.InitialCapital) == 0 && !IsFunctionWord(d, i)) return false;
            if ((d.Flags[i] & NerDocument.AllCaps) != 0) allCaps++;
        }
        return words >= 4 && allCaps * 2 < words;
    }

    /// <summary>News agencies as written ("AP", "EFE", "Reuters") are organisations wherever they appear.</summary>
    public static void MarkAgencies(TextField field, NerDocument d, List<Candidate> spans)
    {
        foreach (var m in d.Gazetteer)
        {
            if ((m.Kind & GazetteerKind.Agency) == 0) continue;
            var text = d.Text.AsSpan(d.Tokens[m.Start].Start, d.Tokens[m.End - 1].End - d.Tokens[m.Start].Start);
            if (!Agencies.IsAgency(text)) continue; // case matters: "ap", "Trend"
            var exact = spans.Find(c => c.Start == m.Start && c.End == m.End);
            if (exact is not null)
            {
                exact.Type = NerType.Organization;
                continue;
            }
            if (spans.Exists(c => c.Overlaps(m.Start, m.End))) continue;
            var acronym = text.Length >= 3 && !text.ContainsAnyExcept(Upper);
            if (acronym || m.End - m.Start > 1) spans.Add(new Candidate(field, d, m.Start, m.End, NerType.Organization, Origin.Gazetteer));
        }
    }

    static readonly System.Buffers.SearchValues<char> Upper = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZČ");

    static bool? SameLine(NerDocument d, int a, int b)
    {
        for (var i = a + 1; i <= b; i++)
            if (d.Tokens[i].LineStart) return false;
        return true;
    }

    static bool IsInitial(NerDocument d, int i) => d.Tokens[i].In(d.Text) is [var c, '.'] && char.IsUpper(c);

    static bool HasCapital(NerDocument d, int start, int end)
    {
        for (var i = start; i < end; i++)
            if ((d.Flags[i] & NerDocument.InitialCapital) != 0 || (d.Flags[i] & NerDocument.AllCaps) != 0) return true;
        return false;
    }

    static bool IsPunctuation(NerDocument d, int i) => (d.Flags[i] & NerDocument.Punctuation) != 0;

    static bool IsFunctionWord(NerDocument d, int i) => Lexicon.IsFunctionWord(d.Tokens[i].In(d.Text)) && (d.Flags[i] & NerDocument.AllCaps) == 0;

    static bool IsFunctionWordOf(NerDocument d, int i) => d.Tokens[i].In(d.Text) is "of" or "for";

    static bool IsParticle(NerDocument d, int i) => Lexicon.IsNameParticle(d.Tokens[i].In(d.Text));

    /// <summary>"Article continued below", "Story continues": a line-opening capital followed only by lower-case words.</summary>
    static bool IsPageFurniture(NerDocument d, int start, int end) =>
        end - start >= 2 && Lexicon.IsPageFurniture(d.Text.AsSpan(d.Tokens[start].Start, d.Tokens[end - 1].End - d.Tokens[start].Start));
}
