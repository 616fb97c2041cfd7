namespace NewsApi.Data;

/// <summary>What went wrong in the database, in terms that do not depend on the provider.</summary>
public enum DataErrorKind
{
    /// <summary>A unique index or primary key already holds the value (<see cref="DataError.Table"/>, <see cref="DataError.Columns"/>).</summary>
    UniqueViolation,
    /// <summary>Any other constraint refused the row: CHECK, NOT NULL, a foreign key, a trigger that aborts.</summary>
    ConstraintViolation,
    /// <summary>The database stayed locked by another writer past the busy timeout.</summary>
    Busy,
    /// <summary>A write through a connection or to a database that only reads.</summary>
    ReadOnly,
    /// <summary>The database cannot be opened or used: missing, unreadable, corrupt, full, I/O failing.</summary>
    Unavailable,
    /// <summary>
    /// A value the client sent is larger than the database can store or index, though within the API's own limits
    /// (PostgreSQL: a body whose search vector passes 1 MB): the client's to change, a 4xx.
    /// </summary>
    TooLarge,
    /// <summary>Any other provider error, such as SQL the database rejects: a bug, never the client's fault.</summary>
    Other,
}

/// <summary>A provider's error as <see cref="IDataErrorTranslator"/> describes it.</summary>
public sealed record DataError(DataErrorKind Kind, string? Table = null, IReadOnlyList<string>? Columns = null)
{
    /// <summary>True for a unique violation on exactly these columns of this table (any order).</summary>
    public bool IsUniqueViolationOn(string table, params string[] columns) =>
        Kind == DataErrorKind.UniqueViolation
        && string.Equals(Table, table, StringComparison.OrdinalIgnoreCase)
        && Columns is { } found && found.Order(StringComparer.OrdinalIgnoreCase).SequenceEqual(columns.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
}

/// <summary>
/// The one place a provider's exceptions are recognised (SQLite: <see cref="SqliteErrorTranslator"/>). Callers match on
/// the <see cref="DataError"/> it gives and let everything else propagate.
/// </summary>
public interface IDataErrorTranslator
{
    /// <summary>The error the database reported, or null when <paramref name="exception"/> does not come from the provider.</summary>
    DataError? Translate(Exception exception);
}
