namespace ContactCenter.Plugins.Routing.Predictive;

/// <summary>The model in force: swapped in one reference write after each training, read lock-free by every decision.</summary>
public sealed class ModelHolder
{
    private volatile OutcomeModel _current = OutcomeModel.Empty;

    /// <summary>The model in force.</summary>
    public OutcomeModel Current
    {
        get => _current;
        set => _current = value ?? throw new ArgumentNullException(nameof(value));
    }
}
