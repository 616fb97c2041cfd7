namespace NewsApi.Search;

/// <summary>Why a search text is no query, with where (1-based character) it went wrong.</summary>
public sealed class InvalidSearchQueryException(string message) : Exception(message);

/// <summary>
/// Reads the public search syntax into a <see cref="SearchExpression"/>: words (all must match), "phrases",
/// prefix*, AND, OR, NOT or - before a term to exclude it, parentheses, and column filters (title:, body:, text:,
/// speaker:, {title body}:). NOT binds tighter than AND, AND tighter than OR; operators are upper case. An
/// exclusion anywhere in a run of terms joined by AND removes its matches from that run (syria -iran airbase,
/// -iran syria), so a run needs at least one term to look for.
/// </summary>
public static class SearchQueryParser
{
    public const string Example = "syria NOT iran, syria -iran";

    public static SearchExpression Parse(string query) => new Parser(Tokenize(query), query).Query();

    enum Kind { Word, Phrase, Open, Close, Star, Colon, Minus, Other }

    // At, End: where it is in the query (0-based, end exclusive); SpaceBefore: whitespace (or the start) right before it
    readonly record struct Token(Kind Kind, string Text, int At, int End, bool SpaceBefore)
    {
        public bool Is(string keyword) => Kind == Kind.Word && Text == keyword;
        public bool IsOperator => Is("AND") || Is("OR") || Is("NOT");
        public string Where => $"at character {At + 1}";
    }

    // The word characters of FTS5's barewords (ASCII letters, digits, '_', U+001A, everything non-ASCII), which
    // every engine's tokenizer also splits on; other punctuation belongs in a phrase.
    public static bool IsWordChar(char c) => c > 127 || char.IsAsciiLetterOrDigit(c) || c is '_' or '\u001a';

    static List<Token> Tokenize(string query)
    {
        var tokens = new List<Token>();
        var i = 0;
        var space = true;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c)) { space = true; i++; continue; }
            var start = i;
            if (c == '"')
            {
                var text = new System.Text.StringBuilder();
                for (i++; ; i++)
                {
                    if (i >= query.Length)
                        throw new InvalidSearchQueryException($"q has a \" at character {start + 1} that is never closed: a phrase goes between two double quotes (\"strategic partnership\"); write \"\" for a quote inside it.");
                    if (query[i] != '"') { text.Append(query[i]); continue; }
                    if (i + 1 < query.Length && query[i + 1] == '"') { text.Append('"'); i++; continue; }
                    i++;
                    break;
                }
                tokens.Add(new Token(Kind.Phrase, text.ToString(), start, i, space));
            }
            else if (IsWordChar(c))
            {
                while (i < query.Length && IsWordChar(query[i])) i++;
                tokens.Add(new Token(Kind.Word, query[start..i], start, i, space));
            }
            else
            {
                i++;
                var kind = c switch { '(' => Kind.Open, ')' => Kind.Close, '*' => Kind.Star, ':' => Kind.Colon, '-' => Kind.Minus, _ => Kind.Other };
                tokens.Add(new Token(kind, c.ToString(), start, i, space));
            }
            space = false;
        }
        return tokens;
    }

    sealed class Parser(List<Token> tokens, string query)
    {
        int _at;

        Token? Peek(int ahead = 0) => _at + ahead < tokens.Count ? tokens[_at + ahead] : null;

        Token Take() => tokens[_at++];

        // "-" excludes where a term starts (after a space or "(" or at the start); inside a word it is punctuation
        bool IsExclusion(Token t) => t.Is("NOT") || (t.Kind == Kind.Minus && (t.SpaceBefore || (_at > 0 && tokens[_at - 1].Kind == Kind.Open)));

        public SearchExpression Query()
        {
            if (tokens.Count == 0) throw new InvalidSearchQueryException("q has no words to look for.");
            var expression = Alternatives(topLevel: true);
            if (Peek() is { } extra)
                throw new InvalidSearchQueryException($"q has a ) {extra.Where} with no ( before it: close only the parentheses you open.");
            return expression;
        }

        // a OR b OR …: the whole query, or what is inside a pair of parentheses
        SearchExpression Alternatives(bool topLevel)
        {
            var branches = new List<SearchExpression> { Conjunction(topLevel) };
            while (Peek() is { } t && t.Is("OR"))
            {
                Take();
                if (Peek() is not { } next || next.Kind == Kind.Close || next.Is("OR") || next.Is("AND"))
                    throw new InvalidSearchQueryException($"q has OR {t.Where} with no term after it: AND and OR go between two terms (syria OR iran).");
                branches.Add(Conjunction(topLevel: false));
            }
            return branches.Count == 1 ? branches[0] : new Or(branches);
        }

        // terms joined by AND (written or not), with their exclusions
        SearchExpression Conjunction(bool topLevel)
        {
            var include = new List<SearchExpression>();
            var exclude = new List<(SearchExpression Expression, Token Operator, string Text)>();
            while (Peek() is { } t && t.Kind != Kind.Close && !t.Is("OR"))
            {
                if (t.Is("AND"))
                {
                    if (include.Count == 0 && exclude.Count == 0)
                        throw new InvalidSearchQueryException($"q has AND {t.Where} with no term before it: AND and OR go between two terms (syria AND iran).");
                    Take();
                    if (Peek() is not { } next || next.Kind == Kind.Close || next.Is("OR") || next.Is("AND"))
                        throw new InvalidSearchQueryException($"q has AND {t.Where} with no term after it: AND and OR go between two terms (syria AND iran).");
                    continue;
                }
                if (IsExclusion(t))
                {
                    Take();
                    if (Peek() is not { } next || next.Kind == Kind.Close || next.IsOperator)
                        throw new InvalidSearchQueryException($"q has {t.Text} {t.Where} with no term after it to exclude: NOT and - go before the term whose matches they remove ({Example}).");
                    var start = next.At;
                    var excluded = Operand();
                    exclude.Add((excluded, t, query[start..tokens[_at - 1].End]));
                    continue;
                }
                include.Add(Operand());
            }
            if (include.Count == 0 && exclude.Count == 0)
                throw Peek() is not { } next ? new InvalidSearchQueryException("q has no words to look for.")
                    : next.Is("OR") ? new InvalidSearchQueryException($"q has OR {next.Where} with no term before it: AND and OR go between two terms (syria OR iran).")
                    : new InvalidSearchQueryException($"q has a ) {next.Where} with no ( before it: close only the parentheses you open.");
            if (include.Count == 0)
            {
                var (_, op, text) = exclude[0];
                var shown = (op.Text == "-" ? "-" : "NOT ") + text;
                throw topLevel && Peek() is null
                    ? new InvalidSearchQueryException($"q only excludes ({shown}{(exclude.Count > 1 ? " …" : "")}): NOT and - remove the matches of the terms beside them, so a search needs at least one term to look for, e.g. {Example}.")
                    : new InvalidSearchQueryException($"q has '{shown}' {op.Where} with nothing to exclude it from: NOT and - remove the matches of the terms beside them, joined by AND ({Example}), so a group or an OR alternative needs a term of its own to look for.");
            }
            var included = include.Count == 1 ? include[0] : new And(include);
            return exclude.Count switch
            {
                0 => included,
                1 => new Not(included, exclude[0].Expression),
                _ => new Not(included, new Or([.. exclude.Select(e => e.Expression)])),
            };
        }

        // [columns:] and a word, phrase or group
        SearchExpression Operand()
        {
            if (Columns() is not { } columns) return Primary();
            var operand = Operand();
            if (operand.Columns().Any())
                throw new InvalidSearchQueryException($"q has a column filter inside another (at character {tokens[_at - 1].At + 1} or before): give each term one filter, or list the columns together ({{title body}}:syria).");
            return new InColumns(columns, operand);
        }

        // "title:" or "{title body}:", or null when no column filter starts here
        List<SearchColumn>? Columns()
        {
            if (Peek() is not { } t) return null;
            if (t.Kind == Kind.Word && Peek(1) is { Kind: Kind.Colon, SpaceBefore: false })
            {
                var column = Column(t);
                _at += 2;
                return [column];
            }
            if (t is not { Kind: Kind.Other, Text: "{" }) return null;
            var i = 1;
            while (Peek(i) is { Kind: Kind.Word }) i++;
            if (Peek(i) is not { Kind: Kind.Other, Text: "}" } || Peek(i + 1) is not { Kind: Kind.Colon } || i == 1)
                throw new InvalidSearchQueryException($"q has {{ {t.Where}: a list of columns is written {{title body}}: before a term.");
            var columns = Enumerable.Range(1, i - 1).Select(k => Column(Peek(k)!.Value)).Distinct().ToList();
            _at += i + 2;
            return columns;
        }

        static SearchColumn Column(Token t) =>
            Enum.TryParse<SearchColumn>(t.Text, ignoreCase: true, out var column) && !int.TryParse(t.Text, out _)
                ? column
                : throw new InvalidSearchQueryException($"q filters by {t.Text}: {t.Where}, which is no column: the columns are title: and body: (articles), text: and speaker: (quotes). To look for \"{t.Text}:\" as words, put it in double quotes.");

        SearchExpression Primary()
        {
            if (Peek() is not { } t)
                throw new InvalidSearchQueryException($"q ends where a term should be: put a word, \"a phrase\" or a (group) after the column filter ({Example}).");
            _at++;
            switch (t.Kind)
            {
                case Kind.Word when t.IsOperator:
                    throw new InvalidSearchQueryException($"q has {t.Text} {t.Where} where a term should be: AND and OR go between two terms, NOT before a term to exclude ({Example}).");
                case Kind.Word when t.Text == "NEAR" && Peek() is { Kind: Kind.Open, SpaceBefore: false }:
                    return NearGroup(t);
                case Kind.Word:
                    return new Word(t.Text, Prefix());
                case Kind.Phrase when t.Text.Trim().Length == 0:
                    throw new InvalidSearchQueryException($"q has an empty phrase {t.Where}: put the words to look for between the double quotes.");
                case Kind.Phrase:
                    return new Phrase(t.Text, Prefix());
                case Kind.Open:
                    if (Peek() is { Kind: Kind.Close })
                        throw new InvalidSearchQueryException($"q has () {t.Where} with nothing inside.");
                    var inner = Alternatives(topLevel: false);
                    if (Peek() is not { Kind: Kind.Close })
                        throw new InvalidSearchQueryException($"q has a ( {t.Where} that is never closed: close every parenthesis you open.");
                    _at++;
                    return inner;
                case Kind.Star:
                    throw new InvalidSearchQueryException($"q has * {t.Where} with no word right before it: * goes right after the start of a word to match every word that starts so (terror*).");
                case Kind.Other when t.Text is "^" or "+":
                    throw new InvalidSearchQueryException($"q has {t.Text} {t.Where}, which this search does not support: look for words in order as a \"phrase\".");
                default:
                    throw new InvalidSearchQueryException($"q has {t.Text} {t.Where}, which is not part of the search syntax: put words with punctuation in double quotes (\"anti-terrorism\"), and write - only before a term to exclude it ({Example}).");
            }
        }

        // NEAR(term term …[, distance]), after its "NEAR"
        Near NearGroup(Token near)
        {
            _at++;
            var terms = new List<SearchExpression>();
            while (Peek() is { Kind: Kind.Word or Kind.Phrase } t && !t.IsOperator)
            {
                _at++;
                terms.Add(t.Kind == Kind.Word ? new Word(t.Text, Prefix()) : new Phrase(t.Text, Prefix()));
            }
            var distance = Near.DefaultDistance;
            if (Peek() is { Kind: Kind.Other, Text: "," })
            {
                _at++;
                if (Peek() is not { Kind: Kind.Word } n || !int.TryParse(n.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out distance))
                    throw new InvalidSearchQueryException($"q has NEAR( {near.Where} with no whole number after its comma: NEAR(iran syria, 5) finds the words at most 5 words apart.");
                _at++;
            }
            if (Peek() is not { Kind: Kind.Close } || terms.Count < 2)
                throw new InvalidSearchQueryException($"q has NEAR( {near.Where} that is not NEAR(word word …, distance): it takes two or more words or \"phrases\" and an optional whole number, e.g. NEAR(iran syria, 5).");
            _at++;
            return new Near(terms, distance);
        }

        bool Prefix()
        {
            if (Peek() is not { Kind: Kind.Star, SpaceBefore: false }) return false;
            _at++;
            return true;
        }
    }
}
