using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace NewsApi.Limits;

public static class ForwardedHeadersSetup
{
    public const string Section = "NewsApi:Limits:TrustedProxies";

    /// <summary>
    /// Behind a reverse proxy every request comes from the proxy, so all clients would share one rate-limit budget.
    /// <c>NewsApi:Limits:TrustedProxies</c> lists the proxies (addresses or CIDR networks) whose
    /// <c>X-Forwarded-For</c> names the real client; from anyone else the header is ignored, so it cannot be forged.
    /// </summary>
    public static WebApplication UseNewsForwardedHeaders(this WebApplication app)
    {
        var trusted = app.Configuration.GetSection(Section).Get<string[]>() ?? [];
        if (trusted.Length == 0) return app;
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var entry in trusted)
        {
            if (entry.Contains('/', StringComparison.Ordinal)) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
            else options.KnownProxies.Add(IPAddress.Parse(entry));
        }
        app.UseForwardedHeaders(options);
        return app;
    }
}
