using System.Globalization;
using ContactCenter.Storage.LiteDb.Files;
using ContactCenter.Storage.LiteDb.Reading;
using ContactCenter.Storage.LiteDb.Schema;
using ContactCenter.Storage.LiteDb.Writing;
using LiteDB;
using LiteDB.Engine;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Storage.LiteDb;

/// <summary>Opening the files, checking them and starting the writer.</summary>
public sealed partial class LiteDbDocumentStore
{
    /// <summary>The collation of every file this store creates: ordinal, so LiteDB compares strings as the contract does.</summary>
    internal static Collation OrdinalCollation { get; } = new(CultureInfo.InvariantCulture.LCID, CompareOptions.Ordinal);

    private void Open()
    {
        var files = StoreFiles.Open(_directory);
        LiteDatabase? database = null;
        try
        {
            var engine = new LiteEngine(new EngineSettings
            {
                DataStream = files.Data,
                LogStream = files.Log,
                Collation = OrdinalCollation,
            });
            database = new LiteDatabase(engine);
            _catalog.Load(database);
            var events = database.GetCollection(BatchApplier.EventsCollection);
            events.EnsureIndex(EventReader.StreamKeyField, "$." + EventReader.StreamKeyField);
            var last = events.Query().OrderByDescending(BsonExpression.Create("$._id")).Limit(1).ToDocuments().FirstOrDefault();
            var lastSequence = last is null ? 0 : last["_id"].AsInt64;
            _writer = new LiteDbWriter(database, files, _catalog, _time, _logger, lastSequence);
            _queries = new QueryExecutor(database, _catalog);
            _database = database;
            _files = files;
            LogOpened(DataFilePath, lastSequence);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Whatever a damaged or foreign file makes LiteDB throw (its own errors, casts, index ranges), the operator
            // needs the file's name and nothing opened: close what was opened and report it.
            database?.Dispose();
            files.Dispose();
            throw new InvalidOperationException(
                $"The data file '{DataFilePath}' could not be opened as a ContactCenter store: {ex.Message} " +
                "Restore it from a backup or move it away.", ex);
        }
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Opened LiteDB store {DataFile} (last event sequence {LastSequence})")]
    private partial void LogOpened(string dataFile, long lastSequence);
}
