namespace ChandlerLoop.Simulator.Tests;
