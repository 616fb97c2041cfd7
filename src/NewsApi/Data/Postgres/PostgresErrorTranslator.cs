using System.Net.Sockets;
using System.Text.RegularExpressions;
using Npgsql;

namespace NewsApi.Data.Postgres;

/// <summary>
/// PostgreSQL's <see cref="IDataErrorTranslator"/>: SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html)
/// to <see cref="DataError"/>, and a connection Npgsql could not make or keep to <see cref="DataErrorKind.Unavailable"/>.
/// </summary>
public sealed partial class PostgresErrorTranslator : IDataErrorTranslator
{
    public DataError? Translate(Exception exception) => exception switch
    {
        PostgresException e => Translate(e),
        NpgsqlException e when HasConnectionCause(e) => new DataError(DataErrorKind.Unavailable),
        NpgsqlException => new DataError(DataErrorKind.Other),
        _ => null,
    };

    static DataError Translate(PostgresException e) => e.SqlState switch
    {
        PostgresErrorCodes.UniqueViolation => UniqueViolation(e),
        PostgresErrorCodes.CheckViolation or PostgresErrorCodes.NotNullViolation or PostgresErrorCodes.ForeignKeyViolation
            or PostgresErrorCodes.ExclusionViolation or PostgresErrorCodes.RestrictViolation => new DataError(DataErrorKind.ConstraintViolation),
        PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable
            => new DataError(DataErrorKind.Busy),
        PostgresErrorCodes.ReadOnlySqlTransaction => new DataError(DataErrorKind.ReadOnly),
        // 54000 is a value past a limit of PostgreSQL's own ("string is too long for tsvector", "index row size …
        // exceeds maximum"); the other limits of class 54 (a statement too complex, too many columns) are the SQL's
        PostgresErrorCodes.ProgramLimitExceeded => new DataError(DataErrorKind.TooLarge, e.TableName),
        PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.InvalidCatalogName or PostgresErrorCodes.DiskFull or PostgresErrorCodes.TooManyConnections
            => new DataError(DataErrorKind.Unavailable),
        // class 08: connection exceptions
        var state when state.StartsWith("08", StringComparison.Ordinal) => new DataError(DataErrorKind.Unavailable),
        _ => new DataError(DataErrorKind.Other),
    };

    static bool HasConnectionCause(Exception e)
    {
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
            if (inner is SocketException or IOException) return true;
        return false;
    }

    // PostgreSQL names the table, and the key's columns only in the detail: "Key (type, lower(name::text))=(…) already exists."
    static DataError UniqueViolation(PostgresException e)
    {
        var columns = e.Detail is { } detail && KeyColumns().Match(detail) is { Success: true } match
            ? Columns(match.Groups[1].Value)
            : null;
        return new DataError(DataErrorKind.UniqueViolation, e.TableName, columns);
    }

    /// <summary>The column each key element reads: <c>name</c> for <c>name</c>, and for <c>lower((name)::text)</c> too.</summary>
    static List<string> Columns(string key)
    {
        var elements = new List<string>();
        var (depth, start) = (0, 0);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] == '(') depth++;
            else if (key[i] == ')') depth--;
            else if (key[i] == ',' && depth == 0)
            {
                elements.Add(key[start..i]);
                start = i + 1;
            }
        }
        elements.Add(key[start..]);
        return [.. elements.Select(element => ColumnName().Matches(Cast().Replace(element, "")).Last().Groups[1].Value.Trim('"'))];
    }

    [GeneratedRegex(@"^Key \((.+?)\)=\(")]
    private static partial Regex KeyColumns();

    [GeneratedRegex(@"::[\w ""]+")]
    private static partial Regex Cast();

    // an identifier that is not a function's name
    [GeneratedRegex(@"(""[^""]+""|\b[A-Za-z_]\w*\b)(?!\s*\()")]
    private static partial Regex ColumnName();
}
