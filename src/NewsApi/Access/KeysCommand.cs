using System.Globalization;
using NewsApi.Data;

namespace NewsApi.Access;

/// <summary><c>NewsApi keys create NAME | list | revoke ID|NAME</c>: manages the stored API keys of the configured database.</summary>
public static class KeysCommand
{
    public const string Usage = """
        usage: NewsApi keys create NAME      create a key for writes; prints it once (stdout), it cannot be shown again
               NewsApi keys list             id, name, created, last used, revoked (never the key)
               NewsApi keys revoke ID|NAME   revoke a key; writes with it answer 401 from then on
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors,
        IDictionary<string, string?>? settings = null)
    {
        if (args is not (["create", _] or ["list"] or ["revoke", _]))
        {
            var help = args is ["--help"] or ["-h"];
            await (help ? output : errors).WriteLineAsync(Usage);
            return help ? 0 : 2;
        }

        using var host = await Hosting.CommandHost.StartAsync(settings, log: errors);
        var keys = host.Services.GetRequiredService<ApiKeyStore>();

        switch (args)
        {
            case ["create", var name]:
                if (await keys.CreateAsync(name) is not var (info, key))
                {
                    await errors.WriteLineAsync($"error: a key named '{name}' is in use; revoke it first or choose another name");
                    return 1;
                }
                // the key alone on stdout, so that KEY=$(NewsApi keys create ci) works; the rest is for the person
                await output.WriteLineAsync(key);
                await errors.WriteLineAsync($"created key {info.Id} '{info.Name}'. Store it now: it is not stored and cannot be shown again. Send it as the X-Api-Key header.");
                return 0;

            case ["list"]:
                var all = await keys.ListAsync();
                await output.WriteLineAsync($"{"id",4}  {"name",-20}  {"created",-20}  {"last used",-20}  revoked");
                foreach (var k in all)
                    await output.WriteLineAsync($"{k.Id,4}  {k.Name,-20}  {Format(k.CreatedAt),-20}  {Format(k.LastUsedAt),-20}  {Format(k.RevokedAt)}");
                return 0;

            case ["revoke", var idOrName]:
                if (!await keys.RevokeAsync(idOrName))
                {
                    await errors.WriteLineAsync($"error: no key in use has id or name '{idOrName}'");
                    return 1;
                }
                await output.WriteLineAsync($"revoked {idOrName}");
                return 0;
        }
        return 2;
    }

    static string Format(DateTimeOffset? time) =>
        time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "-";
}
