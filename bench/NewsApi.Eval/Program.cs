using NewsApi.Eval;

// dotnet run -c Release --project bench/NewsApi.Eval -- ner ../shared/eval/ner_dev.jsonl
// dotnet run -c Release --project bench/NewsApi.Eval -- quotes ../shared/eval/quotes_dev.jsonl
return args switch
{
    ["ner", var path] => NerEval.Run(path),
    ["quotes", var path] => QuoteEval.Run(path),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: NewsApi.Eval ner|quotes FILE.jsonl");
    return 2;
}
