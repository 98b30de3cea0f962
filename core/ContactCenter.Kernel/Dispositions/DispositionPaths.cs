using System.Text.RegularExpressions;

namespace ContactCenter.Kernel.Dispositions;

/// <summary>The form of a disposition code: one to three segments (reason, category, area) joined by '/'.</summary>
internal static partial class DispositionPaths
{
    public const int MaxDepth = 3;
    public const string Rule = "one to three segments (reason/category/area) of 1 to 48 lower-case letters, digits, '.', '_' or '-', joined by '/'";

    public static bool IsValid(string? code) => code is not null && code.Length <= 200 && Pattern().IsMatch(code);

    public static int Depth(string code) => code.Count(c => c == '/') + 1;

    public static string? Parent(string code) => code.LastIndexOf('/') is var i and > 0 ? code[..i] : null;

    /// <summary>The code and its ancestors, from the reason down.</summary>
    public static IEnumerable<string> Lineage(string code)
    {
        var stack = new Stack<string>();
        for (var c = (string?)code; c is not null; c = Parent(c))
        {
            stack.Push(c);
        }

        return stack;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,47}(/[a-z0-9][a-z0-9._-]{0,47}){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
