namespace ContactCenter.Kernel.Storage;

/// <summary>A collection and the JSON fields it indexes (camelCase paths with dots, e.g. <c>customer.phone</c>).</summary>
/// <param name="Name">The collection name (see <see cref="CollectionNames"/>).</param>
/// <param name="IndexedFields">Fields that queries may filter and order on.</param>
public sealed record CollectionDefinition(string Name, IReadOnlyList<string> IndexedFields)
{
    /// <summary>A collection with no indexed field: reachable by id, ordered by id.</summary>
    /// <param name="name">The collection name.</param>
    /// <returns>The definition.</returns>
    public static CollectionDefinition Plain(string name) => new(name, []);
}
