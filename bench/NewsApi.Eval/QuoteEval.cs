namespace NewsApi.Eval;

static class QuoteEval
{
    public static int Run(string path) => throw new NotImplementedException();
}
