using NewsApi.Eval;

// dotnet run -c Release --project bench/NewsApi.Eval -- ner ../shared/eval/ner_dev.jsonl
// dotnet run -c Release --project bench/NewsApi.Eval -- train-ner ../shared/eval/ner_train.jsonl src/NewsApi.Extraction/Entities/ner-model.bin.gz
// dotnet run -c Release --project bench/NewsApi.Eval -- quotes ../shared/eval/quotes_dev.jsonl
return args switch
{
    ["ner", var path, .. var options] => NerEval.Run(path, options),
    ["train-ner", var train, var output, .. var options] => NerEval.Train(train, output, options),
    ["quotes", var path] => QuoteEval.Run(path),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: NewsApi.Eval ner|quotes FILE.jsonl | train-ner TRAIN.jsonl OUT.bin.gz");
    return 2;
}
