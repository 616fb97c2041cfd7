namespace NewsApi.Search;

/// <summary>A column of a search index: an article's title and body, a quote's words and its speaker.</summary>
public enum SearchColumn { Title, Body, Text, Speaker }

/// <summary>What an index holds: its columns, which are all a query may name when it searches only that index.</summary>
public sealed record SearchIndex(string Name, IReadOnlyList<SearchColumn> Columns)
{
    public static readonly SearchIndex Articles = new("articles", [SearchColumn.Title, SearchColumn.Body]);
    public static readonly SearchIndex Quotes = new("quotes", [SearchColumn.Text, SearchColumn.Speaker]);

    /// <summary>The column's name in the search syntax (title:, body:, text:, speaker:).</summary>
    public static string NameOf(SearchColumn column) => column switch
    {
        SearchColumn.Title => "title",
        SearchColumn.Body => "body",
        SearchColumn.Text => "text",
        _ => "speaker",
    };
}

/// <summary>
/// A parsed search query (<see cref="SearchQueryParser"/>), independent of the engine that runs it: each provider's
/// index renders it to its own syntax (<see cref="Fts5Query"/>). Exclusions are binary, "matches of
/// <see cref="Not.Include"/> that are not matches of <see cref="Not.Exclude"/>", so every expression has
/// something to look for.
/// </summary>
public abstract record SearchExpression
{
    /// <summary>Every column a filter in this expression names.</summary>
    public abstract IEnumerable<SearchColumn> Columns();

    /// <summary>
    /// This expression as <paramref name="index"/> can answer it, or null when it can match nothing there: a column
    /// filter naming only columns the index lacks matches nothing in it (so <c>title:syria</c> finds no quotes).
    /// </summary>
    public abstract SearchExpression? For(SearchIndex index);
}

/// <summary>One word as typed; with <see cref="Prefix"/>, every word that starts with it.</summary>
public sealed record Word(string Text, bool Prefix = false) : SearchExpression
{
    public override IEnumerable<SearchColumn> Columns() => [];
    public override SearchExpression For(SearchIndex index) => this;
}

/// <summary>Words in this order, as typed between double quotes; with <see cref="Prefix"/>, the last word is a prefix.</summary>
public sealed record Phrase(string Text, bool Prefix = false) : SearchExpression
{
    public override IEnumerable<SearchColumn> Columns() => [];
    public override SearchExpression For(SearchIndex index) => this;
}

/// <summary>All of <see cref="Terms"/> (words or phrases), at most <see cref="Distance"/> words apart.</summary>
public sealed record Near(IReadOnlyList<SearchExpression> Terms, int Distance = Near.DefaultDistance) : SearchExpression
{
    public const int DefaultDistance = 10;

    public override IEnumerable<SearchColumn> Columns() => [];
    public override SearchExpression For(SearchIndex index) => this;

    public bool Equals(Near? other) => other is not null && Terms.SequenceEqual(other.Terms) && Distance == other.Distance;
    public override int GetHashCode() => HashCode.Combine(Terms.Count, Distance);
}

/// <summary>Matches of every operand.</summary>
public sealed record And(IReadOnlyList<SearchExpression> Operands) : SearchExpression
{
    public override IEnumerable<SearchColumn> Columns() => Operands.SelectMany(o => o.Columns());

    public override SearchExpression? For(SearchIndex index)
    {
        var operands = Operands.Select(o => o.For(index)).ToList();
        return operands.Any(o => o is null) ? null : new And(operands!);
    }

    public bool Equals(And? other) => other is not null && Operands.SequenceEqual(other.Operands);
    public override int GetHashCode() => Operands.Count;
}

/// <summary>Matches of any operand.</summary>
public sealed record Or(IReadOnlyList<SearchExpression> Operands) : SearchExpression
{
    public override IEnumerable<SearchColumn> Columns() => Operands.SelectMany(o => o.Columns());

    public override SearchExpression? For(SearchIndex index)
    {
        var operands = Operands.Select(o => o.For(index)).OfType<SearchExpression>().ToList();
        return operands.Count switch { 0 => null, 1 => operands[0], _ => new Or(operands) };
    }

    public bool Equals(Or? other) => other is not null && Operands.SequenceEqual(other.Operands);
    public override int GetHashCode() => Operands.Count;
}

/// <summary>Matches of <see cref="Include"/> that are not matches of <see cref="Exclude"/>.</summary>
public sealed record Not(SearchExpression Include, SearchExpression Exclude) : SearchExpression
{
    public override IEnumerable<SearchColumn> Columns() => Include.Columns().Concat(Exclude.Columns());

    public override SearchExpression? For(SearchIndex index) =>
        Include.For(index) is not { } include ? null
        : Exclude.For(index) is { } exclude ? new Not(include, exclude)
        : include;
}

/// <summary><see cref="Operand"/> matched in these columns only.</summary>
public sealed record InColumns(IReadOnlyList<SearchColumn> Names, SearchExpression Operand) : SearchExpression
{
    public override IEnumerable<SearchColumn> Columns() => Names.Concat(Operand.Columns());

    public override SearchExpression? For(SearchIndex index)
    {
        var names = Names.Where(n => index.Columns.Contains(n)).ToList();
        return names.Count == 0 || Operand.For(index) is not { } operand ? null : new InColumns(names, operand);
    }

    public bool Equals(InColumns? other) => other is not null && Names.SequenceEqual(other.Names) && Operand.Equals(other.Operand);
    public override int GetHashCode() => HashCode.Combine(Names.Count, Operand);
}
