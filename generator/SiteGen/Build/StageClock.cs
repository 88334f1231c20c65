using System.Diagnostics;

namespace SiteGen.Build;

/// <summary>Times each build stage from its start to the next one's, and passes the stage on for progress display.</summary>
internal sealed class StageClock(Stopwatch clock, Action<BuildStage>? onStage)
{
    private readonly Dictionary<BuildStage, TimeSpan> _times = [];
    private BuildStage? _current;
    private TimeSpan _started;

    public void Enter(BuildStage stage)
    {
        Stop();
        _current = stage;
        _started = clock.Elapsed;
        onStage?.Invoke(stage);
    }

    public IReadOnlyDictionary<BuildStage, TimeSpan> Stop()
    {
        if (_current is { } current)
        {
            _times[current] = clock.Elapsed - _started;
            _current = null;
        }

        return _times;
    }
}
