using System.Data.Common;

namespace NewsApi.Data;

/// <summary>
/// A statement compiled once and run many times in one transaction with new values: the hot inserts of a write
/// (paragraphs, mentions, quotes) would otherwise be parsed and planned by SQLite again for every row.
/// Parameters are bound by position, in the order of <c>names</c>.
/// </summary>
public sealed class PreparedCommand : IAsyncDisposable
{
    readonly DbCommand _command;
    readonly DbParameter[] _parameters;

    public PreparedCommand(DbConnection connection, DbTransaction transaction, string sql, params string[] names)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _command.Transaction = transaction;
        _parameters = new DbParameter[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = "@" + names[i];
            parameter.Value = DBNull.Value;
            _command.Parameters.Add(parameter);
            _parameters[i] = parameter;
        }
        _command.Prepare();
    }

    public Task<int> ExecuteAsync(CancellationToken ct, params object?[] values)
    {
        for (var i = 0; i < _parameters.Length; i++) _parameters[i].Value = values[i] ?? DBNull.Value;
        return _command.ExecuteNonQueryAsync(ct);
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
