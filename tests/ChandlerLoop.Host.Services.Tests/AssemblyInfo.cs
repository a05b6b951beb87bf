namespace ChandlerLoop.Host.Services.Tests;
