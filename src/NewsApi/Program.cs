using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Entities;
using NewsApi.Errors;
using NewsApi.Export;
using NewsApi.Health;
using NewsApi.Hosting;
using NewsApi.Ingestion;
using NewsApi.OpenApi;
using NewsApi.Quotes;
using NewsApi.Reader;
using NewsApi.Representations;
using NewsApi.Search;

if (args is ["import", .. var paths])
    return await ImportCommand.RunAsync(paths, Console.Out, Console.Error, interactive: !Console.IsOutputRedirected);
if (args is ["backup", .. var backupArgs]) return await BackupCommand.RunAsync(backupArgs, Console.Out, Console.Error);

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddNewsData(builder.Configuration, builder.Environment);
builder.Services.AddNewsIngestion(builder.Configuration);
builder.Services.AddNewsJson();
builder.Services.AddNewsProblemDetails();
builder.Services.AddNewsOpenApi();
builder.Services.AddNewsRepresentations(builder.Configuration);

var app = builder.Build();

app.UseNewsRepresentations();
app.UseNewsProblemDetails();
app.UseNewsOpenApi();

app.MapArticles().WithRepresentations();
app.MapIngestion();
app.MapQuotes().WithRepresentations();
app.MapEntities().WithRepresentations();
app.MapSearch().WithRepresentations();
app.MapHealth();
app.MapReader();
app.MapExport();

await app.InitializeDatabaseAsync();
await app.RunAsync();
return 0;
