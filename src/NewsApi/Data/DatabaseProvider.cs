namespace NewsApi.Data;

/// <summary>
/// The database the app stores its data in, chosen by <c>NewsApi:Database:Provider</c>
/// (env <c>NewsApi__Database__Provider</c>): <c>sqlite</c> (the default, an embedded file) or <c>postgres</c> (a
/// server, <c>ConnectionStrings:News</c> an Npgsql connection string), for a deployment that outgrows one machine.
/// </summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
