namespace NewsApi.Eval;

static class NerEval
{
    public static int Run(string path) => throw new NotImplementedException();
}
