namespace ChandlerLoop.Plant;
