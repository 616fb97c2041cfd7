using System.Text;

namespace NewsApi.Search;

/// <summary>
/// Turns the exclusions people type into FTS5's binary <c>NOT</c>: <c>a AND NOT b</c> and <c>a -b</c> become
/// <c>a NOT b</c>, and a leading exclusion in a group without OR moves after the first term (<c>-b a</c> →
/// <c>a NOT b</c>). Everything else passes through as written; a query this reader does not follow is left for
/// FTS5 to accept or refuse. An exclusion with nothing to exclude from is refused here, with the reason.
/// </summary>
public static class SearchSyntax
{
    /// <summary>The FTS5 query, or why there is none.</summary>
    public readonly record struct Translation(string? Query, string? Error);

    public static Translation Translate(string query)
    {
        if (Tokenize(query) is not { } tokens) return new(query, null);
        var parser = new Parser(tokens);
        try
        {
            var translated = parser.Level(topLevel: true);
            return new(translated, null);
        }
        catch (NotUnderstoodException)
        {
            return new(query, null);
        }
        catch (ExclusionException e)
        {
            return new(null, e.Message);
        }
    }

    enum Kind { Word, Phrase, Open, Close, Minus, Other }

    // StartsTerm: after whitespace, "(" or at the start, where "-" means "exclude" rather than joining two words
    readonly record struct Token(Kind Kind, string Text, bool StartsTerm, bool SpaceBefore);

    // FTS5 barewords: ASCII letters, digits, '_', U+001A, and every non-ASCII character
    static bool IsWordChar(char c) => c > 127 || char.IsAsciiLetterOrDigit(c) || c is '_' or '\u001a';

    static List<Token>? Tokenize(string query)
    {
        var tokens = new List<Token>();
        var i = 0;
        var startsTerm = true;
        var space = false;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c)) { startsTerm = space = true; i++; continue; }
            var start = i;
            Kind kind;
            if (c == '"')
            {
                i++;
                while (true)
                {
                    if (i >= query.Length) return null;
                    if (query[i] == '"')
                    {
                        if (i + 1 < query.Length && query[i + 1] == '"') { i += 2; continue; }
                        i++;
                        break;
                    }
                    i++;
                }
                kind = Kind.Phrase;
            }
            else if (IsWordChar(c))
            {
                while (i < query.Length && IsWordChar(query[i])) i++;
                kind = Kind.Word;
            }
            else
            {
                i++;
                kind = c switch { '(' => Kind.Open, ')' => Kind.Close, '-' => Kind.Minus, _ => Kind.Other };
            }
            tokens.Add(new Token(kind, query[start..i], startsTerm, space));
            startsTerm = kind == Kind.Open;
            space = false;
        }
        return tokens;
    }

    sealed class NotUnderstoodException : Exception;

    sealed class ExclusionException(string message) : Exception(message);

    enum Element { Term, And, Or, Not }

    sealed class Parser(List<Token> tokens)
    {
        int _at;

        Token? Peek(int ahead = 0) => _at + ahead < tokens.Count ? tokens[_at + ahead] : null;

        bool IsOther(int ahead, string text) => Peek(ahead) is { Kind: Kind.Other } t && t.Text == text;

        /// <summary>One level: the whole query, or what is inside a pair of parentheses.</summary>
        public string Level(bool topLevel)
        {
            var elements = new List<(Element Kind, string Text)>();
            while (Peek() is { } token && token.Kind != Kind.Close)
            {
                if (token is { Kind: Kind.Word, Text: "AND" or "OR" or "NOT" })
                {
                    _at++;
                    elements.Add((token.Text switch { "AND" => Element.And, "OR" => Element.Or, _ => Element.Not }, token.Text));
                }
                else if (token is { Kind: Kind.Minus, StartsTerm: true } && !IsColumnFilterAt(1))
                {
                    _at++;
                    elements.Add((Element.Not, "-"));
                }
                else elements.Add((Element.Term, Term()));
            }
            if (topLevel && _at < tokens.Count) throw new NotUnderstoodException();
            return Render(elements);
        }

        static string Render(List<(Element Kind, string Text)> elements)
        {
            // "a AND NOT b" and "a AND -b": FTS5's NOT already means "and not"
            for (var i = elements.Count - 2; i >= 0; i--)
                if (elements[i].Kind == Element.And && elements[i + 1].Kind == Element.Not) elements.RemoveAt(i);

            // without OR a level is one conjunction, so an exclusion written first may as well stand after the first term
            var leading = new List<(Element Kind, string Text)>();
            if (elements.All(e => e.Kind != Element.Or))
            {
                while (elements.Count >= 2 && elements[0].Kind == Element.Not && elements[1].Kind == Element.Term)
                {
                    leading.AddRange(elements.Take(2));
                    elements.RemoveRange(0, 2);
                }
                if (leading.Count > 0 && elements.Count > 0 && elements[0].Kind == Element.And) elements.RemoveAt(0);
            }
            if (leading.Count > 0)
            {
                var firstTerm = elements.FindIndex(e => e.Kind == Element.Term);
                if (firstTerm < 0)
                    throw new ExclusionException(
                        $"q only excludes ({Exclusion(leading, 0)}{(leading.Count > 2 ? " …" : "")}): NOT and - remove the matches of what comes before them, so a search needs at least one term to look for, e.g. syria -iran.");
                elements.InsertRange(firstTerm + 1, leading);
            }

            for (var i = 0; i < elements.Count; i++)
            {
                if (elements[i].Kind != Element.Not) continue;
                if (i == 0 || elements[i - 1].Kind != Element.Term)
                    throw new ExclusionException(
                        $"q has '{Exclusion(elements, i)}' {(i == 0 ? "first" : $"right after {elements[i - 1].Text}")}: NOT and - remove the matches of the term before them (syria NOT iran, syria -iran), so they need a term right before them.");
                elements[i] = (Element.Not, "NOT");
            }
            return string.Join(" ", elements.Select(e => e.Text));
        }

        // "-iran" or "NOT iran", as the user wrote it
        static string Exclusion(List<(Element Kind, string Text)> elements, int at)
        {
            var next = at + 1 < elements.Count ? elements[at + 1].Text : "";
            return elements[at].Text == "-" ? "-" + next : ("NOT " + next).TrimEnd();
        }

        // "title:", "{title body}:", optionally after "-" (FTS5's column exclusion), starting `ahead` tokens from here
        bool IsColumnFilterAt(int ahead)
        {
            if (Peek(ahead) is { Kind: Kind.Word }) return IsOther(ahead + 1, ":");
            if (!IsOther(ahead, "{")) return false;
            var i = ahead + 1;
            while (Peek(i) is { Kind: Kind.Word }) i++;
            return IsOther(i, "}") && IsOther(i + 1, ":");
        }

        /// <summary>One operand: [[-]columns:] [^] and a phrase (phrase + phrase, prefix*), NEAR(…) or (…).</summary>
        string Term()
        {
            var text = new StringBuilder();
            var start = _at;
            if (Peek() is { Kind: Kind.Minus } && IsColumnFilterAt(1)) Take(text, start);
            if (IsColumnFilterAt(0))
            {
                while (!IsOther(0, ":")) Take(text, start);
                Take(text, start);
            }
            if (IsOther(0, "^")) Take(text, start);

            if (Peek() is { Kind: Kind.Open })
            {
                Take(text, start);
                var inner = Level(topLevel: false);
                if (Peek() is not { Kind: Kind.Close }) throw new NotUnderstoodException();
                _at++;
                return text.Append(inner).Append(')').ToString();
            }
            if (Peek() is { Kind: Kind.Word, Text: "NEAR" } && Peek(1) is { Kind: Kind.Open })
            {
                Take(text, start);
                while (Peek() is { } t && t.Kind != Kind.Close) Take(text, start);
                if (Peek() is null) throw new NotUnderstoodException();
                Take(text, start);
                return text.ToString();
            }
            Phrase(text, start);
            while (IsOther(0, "+"))
            {
                Take(text, start);
                Phrase(text, start);
            }
            return text.ToString();
        }

        void Phrase(StringBuilder text, int start)
        {
            if (Peek() is not { Kind: Kind.Word or Kind.Phrase } token || token is { Kind: Kind.Word, Text: "AND" or "OR" or "NOT" })
                throw new NotUnderstoodException();
            Take(text, start);
            if (IsOther(0, "*")) Take(text, start);
        }

        void Take(StringBuilder text, int start)
        {
            if (Peek() is not { } token) throw new NotUnderstoodException();
            if (_at > start && token.SpaceBefore) text.Append(' ');
            text.Append(token.Text);
            _at++;
        }
    }
}
