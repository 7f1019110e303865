using System.CommandLine;
using QuoteKit.Cli.Commands;

var root = new RootCommand("quotekit: find every quote in news articles and attribute it to its speaker.")
{
    ExtractCommand.Create(),
    ExplainCommand.Create(),
    EvalCommand.Create(),
};
return root.Parse(args).Invoke();
