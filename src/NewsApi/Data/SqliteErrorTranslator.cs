using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace NewsApi.Data;

/// <summary>SQLite's <see cref="IDataErrorTranslator"/>: result codes (https://sqlite.org/rescode.html) to <see cref="DataError"/>.</summary>
public sealed partial class SqliteErrorTranslator : IDataErrorTranslator
{
    const int SqliteConstraint = 19, ConstraintPrimaryKey = 1555, ConstraintUnique = 2067;
    const int SqliteBusy = 5, SqliteLocked = 6, SqliteReadOnly = 8;
    const int SqliteIoErr = 10, SqliteCorrupt = 11, SqliteFull = 13, SqliteCantOpen = 14, SqliteNotADb = 26;

    public DataError? Translate(Exception exception) => exception is SqliteException e ? Translate(e) : null;

    static DataError Translate(SqliteException e) => e.SqliteErrorCode switch
    {
        SqliteConstraint when e.SqliteExtendedErrorCode is ConstraintUnique or ConstraintPrimaryKey => UniqueViolation(e.Message),
        SqliteConstraint => new DataError(DataErrorKind.ConstraintViolation),
        SqliteBusy or SqliteLocked => new DataError(DataErrorKind.Busy),
        SqliteReadOnly => new DataError(DataErrorKind.ReadOnly),
        SqliteIoErr or SqliteCorrupt or SqliteFull or SqliteCantOpen or SqliteNotADb => new DataError(DataErrorKind.Unavailable),
        _ => new DataError(DataErrorKind.Other),
    };

    // SQLite names the columns only in the message: "UNIQUE constraint failed: api_keys.name" (or "t.a, t.b")
    static DataError UniqueViolation(string message)
    {
        if (UniqueColumns().Match(message) is not { Success: true } match) return new DataError(DataErrorKind.UniqueViolation);
        var columns = match.Groups[1].Value.Split(", ");
        var tables = columns.Select(c => c.Split('.')[0]).Distinct().ToList();
        return new DataError(DataErrorKind.UniqueViolation, tables is [var table] ? table : null, [.. columns.Select(c => c[(c.IndexOf('.') + 1)..])]);
    }

    [GeneratedRegex(@"constraint failed: ((?:\w+\.\w+)(?:, \w+\.\w+)*)")]
    private static partial Regex UniqueColumns();
}
