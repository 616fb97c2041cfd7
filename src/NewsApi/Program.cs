using NewsApi.Access;
using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Entities;
using NewsApi.Errors;
using NewsApi.Export;
using NewsApi.Health;
using NewsApi.Hosting;
using NewsApi.Ingestion;
using NewsApi.Limits;
using NewsApi.Observability;
using NewsApi.OpenApi;
using NewsApi.Quotes;
using NewsApi.Reader;
using NewsApi.Representations;
using NewsApi.Search;
using NewsApi.Security;

if (args is ["import", .. var paths])
    return await ImportCommand.RunAsync(paths, Console.Out, Console.Error, interactive: !Console.IsOutputRedirected);
if (args is ["keys", .. var keyArgs])
    return await KeysCommand.RunAsync(keyArgs, Console.Out, Console.Error);
if (args is ["backup", .. var backupArgs])
    return await BackupCommand.RunAsync(backupArgs, Console.Out, Console.Error);

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddNewsShutdown();
builder.Services.AddNewsObservability();
builder.Services.AddNewsSecurity();
builder.Services.AddNewsLimits(builder.Configuration);
builder.Services.AddNewsData(builder.Configuration, builder.Environment);
builder.Services.AddNewsAccess();
builder.Services.AddNewsIngestion(builder.Configuration);
builder.Services.AddNewsJson();
builder.Services.AddNewsProblemDetails();
builder.Services.AddNewsOpenApi();
builder.Services.AddNewsRepresentations(builder.Configuration);

var app = builder.Build();

app.UseNewsForwardedHeaders();
app.UseNewsObservability();
app.UseNewsHead();
app.UseNewsSecurity();
app.UseNewsRepresentations();
app.UseNewsProblemDetails();
app.UseNewsLimits();
app.UseNewsRequestContract();
app.UseNewsOpenApi();

app.MapArticles();
app.MapIngestion();
app.MapQuotes();
app.MapEntities();
app.MapSearch();
app.MapHealth();
app.MapMetrics();
app.MapReader();
app.MapExport();

await app.InitializeDatabaseAsync();
await app.RunAsync();
return 0;
