namespace NewsApi.Data;

/// <summary>
/// The few places where SQLite's and PostgreSQL's SQL differ, as fragments that the statements of every feature are
/// written with once (<c>$"… WHERE {sql.EqualsIgnoringCase("e.name", "@Name")}"</c>), built at start-up for the
/// configured provider. Everything else (joins, row values, <c>RETURNING</c>, <c>ON CONFLICT</c>, <c>true</c>/<c>false</c>)
/// is written the same for both.
/// </summary>
public abstract class SqlDialect
{
    public static SqlDialect Sqlite { get; } = new SqliteDialect();

    public static SqlDialect Postgres { get; } = new PostgresDialect();

    public static SqlDialect For(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? Postgres : Sqlite;

    public abstract DatabaseProvider Provider { get; }

    /// <summary>
    /// <paramref name="column"/> equals <paramref name="value"/> with A–Z folded, through the column's case-insensitive
    /// index (SQLite: <c>COLLATE NOCASE</c>; PostgreSQL: the <c>lower(column)</c> expression index).
    /// </summary>
    public abstract string EqualsIgnoringCase(string column, string value);

    /// <summary><paramref name="expression"/> as ordered and grouped with A–Z folded (ORDER BY, GROUP BY).</summary>
    public abstract string IgnoringCase(string expression);

    /// <summary>The UTC year and month of a stored timestamp as text: <c>2026-11</c>.</summary>
    public abstract string YearMonth(string timestamp);

    /// <summary>
    /// <paramref name="column"/> is one of the values of the list parameter <paramref name="list"/> (bind an array; an
    /// empty one matches nothing). SQLite: Dapper's <c>IN @List</c> expansion; PostgreSQL: the array bound whole, so the
    /// statement text does not vary with the list's length.
    /// </summary>
    public abstract string InList(string column, string list);

    /// <summary><paramref name="column"/> is none of the values of <paramref name="list"/> (null stays unmatched).</summary>
    public abstract string NotInList(string column, string list);

    /// <summary>
    /// <paramref name="column"/> LIKE <paramref name="pattern"/> with A–Z folded, <c>\</c> escaping <c>%</c> and <c>_</c>
    /// (SQLite's LIKE folds ASCII case itself; PostgreSQL's does not).
    /// </summary>
    public abstract string LikeIgnoringCase(string column, string pattern);

    /// <summary>
    /// The aggregate of <paramref name="expression"/>'s values as comma-separated text, in <paramref name="order"/>.
    /// SQLite takes them in the order the rows come (feed it from an ordered subquery); PostgreSQL sorts them.
    /// </summary>
    public abstract string CommaSeparated(string expression, string order);

    /// <summary>
    /// A timestamp parameter that may be bound null: a null <see cref="DateTimeOffset"/> reaches Npgsql untyped, and
    /// PostgreSQL cannot infer the type of a parameter only tested with <c>IS NULL</c>.
    /// </summary>
    public abstract string TimestampParameter(string parameter);

    /// <summary>
    /// A text column that is not declared case-insensitive (e.g. <c>articles.source</c>), compared, folded and ordered
    /// by code point as SQLite's BINARY does, whatever the PostgreSQL server's locale.
    /// </summary>
    public abstract string ByCodePoint(string column);

    sealed class SqliteDialect : SqlDialect
    {
        public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

        public override string EqualsIgnoringCase(string column, string value) => $"{column} = {value} COLLATE NOCASE";

        public override string IgnoringCase(string expression) => $"{expression} COLLATE NOCASE";

        // stored as ISO 8601 UTC text
        public override string YearMonth(string timestamp) => $"substr({timestamp}, 1, 7)";

        public override string InList(string column, string list) => $"{column} IN {list}";

        public override string NotInList(string column, string list) => $"{column} NOT IN {list}";

        public override string LikeIgnoringCase(string column, string pattern) => $"{column} LIKE {pattern} ESCAPE '\\'";

        public override string CommaSeparated(string expression, string order) => $"group_concat({expression})";

        public override string TimestampParameter(string parameter) => parameter;

        public override string ByCodePoint(string column) => column;
    }

    // names are COLLATE "C", so lower() folds A–Z only, as NOCASE does (db/migrations/postgres/README.md)
    sealed class PostgresDialect : SqlDialect
    {
        public override DatabaseProvider Provider => DatabaseProvider.Postgres;

        public override string EqualsIgnoringCase(string column, string value) => $"lower({column}) = lower({value})";

        public override string IgnoringCase(string expression) => $"lower({expression})";

        public override string YearMonth(string timestamp) => $"to_char({timestamp} AT TIME ZONE 'UTC', 'YYYY-MM')";

        public override string InList(string column, string list) => $"{column} = ANY({list})";

        public override string NotInList(string column, string list) => $"{column} <> ALL({list})";

        public override string LikeIgnoringCase(string column, string pattern) => $"lower({column}) LIKE lower({pattern}) ESCAPE '\\'";

        public override string CommaSeparated(string expression, string order) => $"string_agg(CAST({expression} AS TEXT), ',' ORDER BY {order})";

        public override string TimestampParameter(string parameter) => $"CAST({parameter} AS timestamptz)";

        public override string ByCodePoint(string column) => $"{column} COLLATE \"C\"";
    }
}

/// <summary>
/// One statement written once with <see cref="SqlDialect"/> fragments, rendered for both providers when the class
/// holding it is first used, so that running it costs no string building: <c>Sql.Candidates.For(dialect)</c>.
/// </summary>
public sealed class DialectSql(Func<SqlDialect, string> write)
{
    readonly string _sqlite = write(SqlDialect.Sqlite);
    readonly string _postgres = write(SqlDialect.Postgres);

    public string For(SqlDialect dialect) => dialect.Provider == DatabaseProvider.Postgres ? _postgres : _sqlite;
}
