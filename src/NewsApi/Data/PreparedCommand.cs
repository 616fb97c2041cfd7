using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;

namespace NewsApi.Data;

/// <summary>
/// A statement compiled once and run many times in one transaction with new values: the hot inserts of a write
/// (paragraphs, mentions, quotes) would otherwise be parsed and planned by SQLite again for every row.
/// Each public property of <typeparamref name="TRow"/> is bound to the parameter of the same name, so the row and the
/// statement must name the same values (checked when the command is created).
/// </summary>
public sealed class PreparedCommand<TRow> : IAsyncDisposable
{
    // the getters are compiled once per row type: binding costs what positional binding did
    static readonly (string Name, System.Data.DbType Type, Func<TRow, object?> Get)[] Properties =
    [
        .. typeof(TRow).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (p.Name, DbTypeOf(p.PropertyType), Getter(p))),
    ];

    static string? _checkedSql;

    readonly DbCommand _command;
    readonly DbParameter[] _parameters;
    readonly Func<TRow, object?>[] _getters = [.. Properties.Select(p => p.Get)];

    public PreparedCommand(DbConnection connection, DbTransaction transaction, string sql)
    {
        // checked once per statement, not once per transaction
        if (!ReferenceEquals(sql, _checkedSql))
        {
            if (Mismatch(sql) is { } mismatch) throw new InvalidOperationException(mismatch);
            _checkedSql = sql;
        }
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _command.Transaction = transaction;
        _parameters = new DbParameter[Properties.Length];
        for (var i = 0; i < Properties.Length; i++)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = "@" + Properties[i].Name;
            // typed from the property, not from the first value: PostgreSQL plans a prepared statement for the types
            // it is given, and a null first value would give none
            parameter.DbType = Properties[i].Type;
            parameter.Value = DBNull.Value;
            _command.Parameters.Add(parameter);
            _parameters[i] = parameter;
        }
        _command.Prepare();
    }

    public Task<int> ExecuteAsync(TRow row, CancellationToken ct)
    {
        for (var i = 0; i < _parameters.Length; i++) _parameters[i].Value = _getters[i](row) ?? DBNull.Value;
        return _command.ExecuteNonQueryAsync(ct);
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();

    /// <summary>Why <paramref name="sql"/> cannot take a <typeparamref name="TRow"/>, or null when its parameters are exactly the row's properties.</summary>
    public static string? Mismatch(string sql)
    {
        var parameters = SqlParameters.Names().Matches(sql).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var properties = Properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var unbound = parameters.Except(properties).Order(StringComparer.Ordinal).ToList();
        var unused = properties.Except(parameters).Order(StringComparer.Ordinal).ToList();
        return unbound.Count == 0 && unused.Count == 0
            ? null
            : $"{typeof(TRow).Name} does not fit the statement: parameters without a property [{string.Join(", ", unbound)}], properties without a parameter [{string.Join(", ", unused)}].";
    }

    static System.Data.DbType DbTypeOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => System.Data.DbType.String,
        var t when t == typeof(int) => System.Data.DbType.Int32,
        var t when t == typeof(long) => System.Data.DbType.Int64,
        var t when t == typeof(bool) => System.Data.DbType.Boolean,
        var t when t == typeof(double) => System.Data.DbType.Double,
        var t => throw new NotSupportedException($"{typeof(TRow).Name}: a {t.Name} property cannot be bound to a prepared statement."),
    };

    static Func<TRow, object?> Getter(PropertyInfo property)
    {
        var row = Expression.Parameter(typeof(TRow), "row");
        return Expression.Lambda<Func<TRow, object?>>(Expression.Convert(Expression.Property(row, property), typeof(object)), row).Compile();
    }
}

static partial class SqlParameters
{
    [GeneratedRegex(@"@(\w+)")]
    public static partial Regex Names();
}
