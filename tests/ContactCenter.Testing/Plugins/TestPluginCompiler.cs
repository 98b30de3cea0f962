using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using ContactCenter.Sdk.Plugins;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContactCenter.Testing.Plugins;

/// <summary>
/// Compiles test-plugin source with Roslyn against the .NET runtime and <c>ContactCenter.Sdk</c> (with the
/// Microsoft.Extensions abstractions it exposes), exactly what a real plugin may reference.
/// </summary>
public static class TestPluginCompiler
{
    /// <summary>Usings every test plugin source gets, so that tests stay short.</summary>
    public const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        global using System.Text;
        global using System.Text.Json;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using ContactCenter.Sdk;
        global using ContactCenter.Sdk.Channels;
        global using ContactCenter.Sdk.Domain;
        global using ContactCenter.Sdk.Events;
        global using ContactCenter.Sdk.Http;
        global using ContactCenter.Sdk.Plugins;
        global using ContactCenter.Sdk.Routing;
        global using ContactCenter.Sdk.Services;
        global using ContactCenter.Sdk.Storage;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Logging;
        """;

    private static readonly Lazy<IReadOnlyList<MetadataReference>> DefaultReferences = new(LoadDefaultReferences);

    // Tests build the same plugin many times: compile each distinct input once per test run.
    private static readonly ConcurrentDictionary<string, Lazy<byte[]>> Compiled = new(StringComparer.Ordinal);

    /// <summary>Compiles <paramref name="sources"/> into <paramref name="outputPath"/>.</summary>
    /// <param name="assemblyName">The assembly's simple name.</param>
    /// <param name="sources">C# source files.</param>
    /// <param name="outputPath">Where to write the dll.</param>
    /// <param name="extraReferences">Paths of further assemblies to reference.</param>
    /// <exception cref="InvalidOperationException">The source does not compile; the message lists the errors.</exception>
    public static void Compile(string assemblyName, IEnumerable<string> sources, string outputPath, IEnumerable<string>? extraReferences = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var sourceList = sources.ToList();
        var referenceList = (extraReferences ?? []).ToList();
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\0", [assemblyName, .. sourceList, .. referenceList.Select(r => $"{r}:{File.GetLastWriteTimeUtc(r).Ticks}")]))));
        var image = Compiled.GetOrAdd(key, _ => new Lazy<byte[]>(() => Emit(assemblyName, sourceList, referenceList))).Value;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        File.WriteAllBytes(outputPath, image);
    }

    private static byte[] Emit(string assemblyName, List<string> sources, List<string> extraReferences)
    {
        var trees = sources.Prepend(GlobalUsings)
            .Select((s, i) => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest), path: $"Source{i}.cs", encoding: Encoding.UTF8))
            .ToList();
        var references = DefaultReferences.Value.Concat(extraReferences.Select(p => MetadataReference.CreateFromFile(p)));
        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));
        using var output = new MemoryStream();
        var result = compilation.Emit(output);
        if (!result.Success)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
            throw new InvalidOperationException($"Test plugin '{assemblyName}' does not compile:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }

        return output.ToArray();
    }

    private static List<MetadataReference> LoadDefaultReferences()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .GroupBy(p => Path.GetFileNameWithoutExtension(p), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var runtimeDirectory = Path.GetFullPath(RuntimeEnvironment.GetRuntimeDirectory());
        var paths = trusted.Values.Where(p => Path.GetFullPath(p).StartsWith(runtimeDirectory, StringComparison.Ordinal)).ToHashSet();

        // The SDK and the abstractions the host shares with plugins, with what they reference.
        var pending = new Queue<Assembly>([
            typeof(IPluginStartup).Assembly,
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly,
            typeof(Microsoft.Extensions.Logging.ILogger).Assembly,
            typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly,
        ]);
        while (pending.TryDequeue(out var assembly))
        {
            if (!paths.Add(assembly.Location))
            {
                continue;
            }

            foreach (var name in assembly.GetReferencedAssemblies())
            {
                if (trusted.TryGetValue(name.Name!, out var path) && !paths.Contains(path))
                {
                    pending.Enqueue(Assembly.Load(name));
                }
            }
        }

        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }
}
