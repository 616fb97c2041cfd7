using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;

namespace NewsApi.Data.Postgres;

/// <summary>
/// Rows of <typeparamref name="TRow"/> written with PostgreSQL's binary <c>COPY</c> (Npgsql's importer), inside the
/// connection's transaction: the bulk form of the prepared insert a <see cref="PreparedCommand{TRow}"/> runs row by row.
/// The table, its columns and the property each column takes are read from that same <c>INSERT INTO t (c, …) VALUES
/// (@Property, …)</c> statement, so the two paths cannot disagree about which value goes where.
/// </summary>
public static class PostgresBinaryCopy<TRow>
{
    static readonly ConcurrentDictionary<string, Plan> Plans = new(StringComparer.Ordinal);

    /// <summary>Copies <paramref name="rows"/> into the table <paramref name="insertSql"/> inserts into; returns how many.</summary>
    public static async Task<ulong> WriteAsync(NpgsqlConnection connection, string insertSql, IReadOnlyCollection<TRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return 0;
        var plan = Plans.GetOrAdd(insertSql, Plan.Of);
        await using var importer = await connection.BeginBinaryImportAsync(plan.Copy, ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            foreach (var column in plan.Columns)
            {
                switch (column.Get(row))
                {
                    case null: await importer.WriteNullAsync(ct); break;
                    // every integer column of the schema is bigint: an int is widened, as the prepared insert's binding does
                    case int value: await importer.WriteAsync((long)value, NpgsqlDbType.Bigint, ct); break;
                    case long value: await importer.WriteAsync(value, NpgsqlDbType.Bigint, ct); break;
                    case string value: await importer.WriteAsync(value, NpgsqlDbType.Text, ct); break;
                    case double value: await importer.WriteAsync(value, NpgsqlDbType.Double, ct); break;
                    case bool value: await importer.WriteAsync(value, NpgsqlDbType.Boolean, ct); break;
                    case var value: throw new NotSupportedException($"{typeof(TRow).Name}.{column.Property}: a {value.GetType().Name} cannot be copied.");
                }
            }
        }
        return await importer.CompleteAsync(ct);
    }

    sealed record Column(string Property, Func<TRow, object?> Get);

    sealed record Plan(string Copy, IReadOnlyList<Column> Columns)
    {
        public static Plan Of(string insertSql)
        {
            if (PreparedCommand<TRow>.Mismatch(insertSql) is { } mismatch) throw new InvalidOperationException(mismatch);
            var match = InsertStatement.Pattern().Match(insertSql);
            if (!match.Success) throw new InvalidOperationException($"Not an INSERT INTO t (columns) VALUES (@Properties): {insertSql}");
            var columns = Split(match.Groups["columns"].Value);
            var values = Split(match.Groups["values"].Value);
            if (columns.Count != values.Count || values.Any(v => !v.StartsWith('@')))
                throw new InvalidOperationException($"Each column needs one @Property value: {insertSql}");
            return new Plan(
                $"COPY {match.Groups["table"].Value} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)",
                [.. values.Select(v => new Column(v[1..], Getter(typeof(TRow).GetProperty(v[1..], BindingFlags.Public | BindingFlags.Instance)!)))]);
        }

        static List<string> Split(string list) => [.. list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

        static Func<TRow, object?> Getter(PropertyInfo property)
        {
            var row = Expression.Parameter(typeof(TRow), "row");
            return Expression.Lambda<Func<TRow, object?>>(Expression.Convert(Expression.Property(row, property), typeof(object)), row).Compile();
        }
    }
}

static partial class InsertStatement
{
    [GeneratedRegex(@"^\s*INSERT\s+INTO\s+(?<table>\w+)\s*\((?<columns>[^)]*)\)\s*VALUES\s*\((?<values>[^)]*)\)\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex Pattern();
}
