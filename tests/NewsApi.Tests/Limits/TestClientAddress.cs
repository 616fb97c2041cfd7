using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace NewsApi.Tests.Limits;

/// <summary>
/// The test server has no connection address; this gives each request the one in its <c>X-Test-Client</c> header, so
/// that budgets per client can be tested (<c>services.AddTransient&lt;IStartupFilter, TestClientAddress&gt;()</c>).
/// </summary>
sealed class TestClientAddress : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers["X-Test-Client"].ToString(), out var address))
                context.Connection.RemoteIpAddress = address;
            return nextMiddleware(context);
        });
        next(app);
    };
}
