using Microsoft.AspNetCore.Connections;

namespace NewsApi.Hosting;

public static class ServerHost
{
    /// <summary>
    /// Runs the server until it stops; returns the process's exit code. An address already in use (a second instance,
    /// another program on the port) is the start-up failure people cause by hand: it is named, with exit code 1,
    /// instead of a crash. Any other failure still propagates.
    /// </summary>
    public static async Task<int> RunServerAsync(this WebApplication app, TextWriter errors)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (IOException e) when (IsAddressInUse(e))
        {
            await errors.WriteLineAsync(
                $"error: {e.Message} Another program (or another NewsApi) is listening there: stop it, or choose another address with --urls (or ASPNETCORE_URLS), e.g. --urls http://localhost:5001");
            return 1;
        }
    }

    static bool IsAddressInUse(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is AddressInUseException) return true;
        return false;
    }
}
