using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Blobs;

/// <summary>Checks <c>CC:Blobs</c> at start-up, naming every wrong key at once.</summary>
internal sealed class BlobOptionsValidator : IValidateOptions<BlobOptions>
{
    public ValidateOptionsResult Validate(string? name, BlobOptions options)
    {
        var errors = new List<string>();
        if (options.ChunkBytes is < 16 * 1024 or > 4 * 1024 * 1024)
        {
            errors.Add($"{BlobOptions.Section}:ChunkBytes must be from 16384 to 4194304 (was {options.ChunkBytes}).");
        }

        if (options.MaxBytes < 1)
        {
            errors.Add($"{BlobOptions.Section}:MaxBytes must be positive (was {options.MaxBytes}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
