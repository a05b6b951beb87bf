namespace ChandlerLoop.Mqtt.Tests.Fakes;

/// <summary>
/// A clock that moves only when a test calls <see cref="Advance"/>: timers (Task.Delay, timeouts)
/// fire in due order, synchronously, so back-off and keep-alive are tested without real sleeps.
/// </summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private readonly object _sync = new();
    private readonly List<ManualTimer> _timers = new();
    private long _nowTicks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public TimeSpan Now
    {
        get
        {
            lock (_sync)
            {
                return TimeSpan.FromTicks(_nowTicks);
            }
        }
    }

    /// <summary>Due times (relative to now) of the timers currently armed.</summary>
    public IReadOnlyList<TimeSpan> PendingDelays
    {
        get
        {
            lock (_sync)
            {
                return _timers.Where(t => t.DueTicks >= 0).Select(t => TimeSpan.FromTicks(t.DueTicks - _nowTicks)).OrderBy(d => d).ToList();
            }
        }
    }

    public override long GetTimestamp()
    {
        lock (_sync)
        {
            return _nowTicks;
        }
    }

    public override DateTimeOffset GetUtcNow() => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) + Now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        lock (_sync)
        {
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves time forward, firing every timer that falls due on the way, in order.</summary>
    public void Advance(TimeSpan by)
    {
        long target;
        lock (_sync)
        {
            target = _nowTicks + by.Ticks;
        }

        while (true)
        {
            ManualTimer? next;
            lock (_sync)
            {
                next = _timers.Where(t => t.DueTicks >= 0 && t.DueTicks <= target).OrderBy(t => t.DueTicks).FirstOrDefault();
                if (next is null)
                {
                    _nowTicks = target;
                    return;
                }

                _nowTicks = Math.Max(_nowTicks, next.DueTicks);
                next.DueTicks = next.PeriodTicks > 0 ? _nowTicks + next.PeriodTicks : -1;
            }

            next.Fire();
        }
    }

    /// <summary>Waits (real time, bounded) until at least one timer is armed, e.g. a loop re-arming its delay.</summary>
    public async Task WaitForTimerAsync(Func<TimeSpan, bool>? dueMatches = null)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (!PendingDelays.Any(d => dueMatches is null || dueMatches(d)))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("No timer was armed within 5 s.");
            }

            await Task.Delay(1);
        }
    }

    private void Remove(ManualTimer timer)
    {
        lock (_sync)
        {
            _timers.Remove(timer);
        }
    }

    private void Schedule(ManualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_sync)
        {
            timer.DueTicks = dueTime == Timeout.InfiniteTimeSpan ? -1 : _nowTicks + dueTime.Ticks;
            timer.PeriodTicks = period == Timeout.InfiniteTimeSpan ? 0 : period.Ticks;
        }
    }

    private sealed class ManualTimer : ITimer
    {
        private readonly ManualTimeProvider _owner;
        private readonly TimerCallback _callback;
        private readonly object? _state;

        public ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state)
        {
            _owner = owner;
            _callback = callback;
            _state = state;
        }

        public long DueTicks { get; set; } = -1;

        public long PeriodTicks { get; set; }

        public void Fire() => _callback(_state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _owner.Schedule(this, dueTime, period);
            return true;
        }

        public void Dispose() => _owner.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
