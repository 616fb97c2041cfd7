using System.Security.Cryptography;
using System.Text;
using Dapper;
using NewsApi.Data;

namespace NewsApi.Access;

/// <summary>A stored key as <c>keys list</c> shows it: never the key itself, which is not stored.</summary>
public sealed record ApiKeyInfo
{
    public long Id { get; init; }
    public required string Name { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
    public DateTimeOffset? LastUsedAt { get; init; }
}

/// <summary>
/// API keys in table <c>api_keys</c>. A key is <c>nak_</c> and 43 base64url characters of 256 random bits; the
/// database holds only its SHA-256. A slow password hash (PBKDF2, Argon2) would buy nothing here: it protects
/// guessable secrets, and 2^256 keys cannot be guessed, so a fast hash keeps each write's check cheap.
/// </summary>
public sealed class ApiKeyStore(IDbConnectionFactory connections, DatabaseWriter writer, IDataErrorTranslator errors, TimeProvider clock)
{
    public const string Prefix = "nak_";

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>Creates a key and returns it: the only time it exists outside the client. Null if an active key has the name.</summary>
    public async Task<(ApiKeyInfo Info, string Key)?> CreateAsync(string name, CancellationToken ct = default)
    {
        var key = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        try
        {
            var info = await writer.WriteAsync((connection, tx, token) => connection.QuerySingleAsync<ApiKeyInfo>(new CommandDefinition("""
                INSERT INTO api_keys (name, key_hash, created_at) VALUES (@name, @hash, @now)
                RETURNING id AS Id, name AS Name, created_at AS CreatedAt, revoked_at AS RevokedAt, last_used_at AS LastUsedAt
                """, new { name, hash = Hash(key), now = clock.GetUtcNow() }, tx, cancellationToken: token)), ct);
            return (info, key);
        }
        catch (Exception e) when (errors.Translate(e)?.IsUniqueViolationOn("api_keys", "name") == true) // the partial unique index on active names
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken ct = default)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        return [.. await connection.QueryAsync<ApiKeyInfo>(new CommandDefinition("""
            SELECT id AS Id, name AS Name, created_at AS CreatedAt, revoked_at AS RevokedAt, last_used_at AS LastUsedAt
            FROM api_keys ORDER BY id
            """, cancellationToken: ct))];
    }

    /// <summary>Revokes the key with this id, or the active key with this name. False if there is none.</summary>
    public async Task<bool> RevokeAsync(string idOrName, CancellationToken ct = default)
    {
        var id = long.TryParse(idOrName, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : (long?)null;
        return await writer.WriteAsync((connection, tx, token) => connection.ExecuteAsync(new CommandDefinition("""
            UPDATE api_keys SET revoked_at = @now
            WHERE revoked_at IS NULL AND (id = @id OR name = @idOrName)
            """, new { id, idOrName, now = clock.GetUtcNow() }, tx, cancellationToken: token)), ct) > 0;
    }

    /// <summary>Hashes of the keys in use. Few rows: the filter compares each in constant time rather than look one up.</summary>
    public async Task<IReadOnlyList<(long Id, byte[] Hash)>> ActiveAsync(CancellationToken ct = default)
    {
        await using var connection = await connections.OpenReadAsync(ct);
        return [.. await connection.QueryAsync<(long, byte[])>(new CommandDefinition(
            "SELECT id, key_hash FROM api_keys WHERE revoked_at IS NULL ORDER BY id", cancellationToken: ct))];
    }

    /// <summary>Records use at most once a minute per key, so a busy writer does not write for every request.</summary>
    public async Task TouchAsync(long id, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await writer.WriteAsync((connection, tx, token) => connection.ExecuteAsync(new CommandDefinition("""
            UPDATE api_keys SET last_used_at = @now
            WHERE id = @id AND (last_used_at IS NULL OR last_used_at < @stale)
            """, new { id, now, stale = now.AddMinutes(-1) }, tx, cancellationToken: token)), ct);
    }

    static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
