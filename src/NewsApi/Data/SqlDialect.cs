namespace NewsApi.Data;

/// <summary>
/// The few places where SQLite's and PostgreSQL's SQL differ, as fragments that the statements of every feature are
/// written with once (<c>$"… WHERE {sql.EqualsIgnoringCase("e.name", "@Name")}"</c>), built at start-up for the
/// configured provider. Everything else (joins, row values, <c>RETURNING</c>, <c>ON CONFLICT</c>, <c>true</c>/<c>false</c>,
/// Dapper's <c>IN @List</c>) is written the same for both.
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

    sealed class SqliteDialect : SqlDialect
    {
        public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

        public override string EqualsIgnoringCase(string column, string value) => $"{column} = {value} COLLATE NOCASE";

        public override string IgnoringCase(string expression) => $"{expression} COLLATE NOCASE";

        // stored as ISO 8601 UTC text
        public override string YearMonth(string timestamp) => $"substr({timestamp}, 1, 7)";
    }

    // names are COLLATE "C", so lower() folds A–Z only, as NOCASE does (db/migrations/postgres/README.md)
    sealed class PostgresDialect : SqlDialect
    {
        public override DatabaseProvider Provider => DatabaseProvider.Postgres;

        public override string EqualsIgnoringCase(string column, string value) => $"lower({column}) = lower({value})";

        public override string IgnoringCase(string expression) => $"lower({expression})";

        public override string YearMonth(string timestamp) => $"to_char({timestamp} AT TIME ZONE 'UTC', 'YYYY-MM')";
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

/// <summary>
/// A list parameter (<c>new { Ids = ids }</c>) in a condition. Dapper expands <c>IN @Ids</c> into one parameter per
/// value for SQLite, but hands Npgsql the list as one array parameter, which PostgreSQL takes only through <c>ANY</c>/<c>ALL</c>.
/// </summary>
public static class SqlDialectLists
{
    /// <summary><paramref name="column"/> equals one of the values of list parameter <paramref name="list"/>.</summary>
    public static string In(this SqlDialect sql, string column, string list) =>
        sql.Provider == DatabaseProvider.Postgres ? $"{column} = ANY({list})" : $"{column} IN {list}";

    /// <summary><paramref name="column"/> equals none of the values of list parameter <paramref name="list"/>.</summary>
    public static string NotIn(this SqlDialect sql, string column, string list) =>
        sql.Provider == DatabaseProvider.Postgres ? $"{column} <> ALL({list})" : $"{column} NOT IN {list}";
}
