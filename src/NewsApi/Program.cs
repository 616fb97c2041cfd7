using NewsApi.Articles;
using NewsApi.Data;
using NewsApi.Entities;
using NewsApi.Errors;
using NewsApi.Health;
using NewsApi.Hosting;
using NewsApi.Ingestion;
using NewsApi.OpenApi;
using NewsApi.Quotes;
using NewsApi.Reader;
using NewsApi.Search;

if (args is ["import", .. var paths])
    return await ImportCommand.RunAsync(paths, Console.Out, Console.Error, interactive: !Console.IsOutputRedirected);

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddNewsData(builder.Configuration, builder.Environment);
builder.Services.AddNewsIngestion(builder.Configuration);
builder.Services.AddNewsJson();
builder.Services.AddNewsProblemDetails();
builder.Services.AddNewsOpenApi();

var app = builder.Build();

app.UseNewsProblemDetails();
app.UseNewsOpenApi();

app.MapArticles();
app.MapIngestion();
app.MapQuotes();
app.MapEntities();
app.MapSearch();
app.MapHealth();
app.MapReader();

await app.InitializeDatabaseAsync();
await app.RunAsync();
return 0;
