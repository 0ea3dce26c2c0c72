// The xapi-statements LRS, bound to the loopback address only (it binds every interface by itself).
const net = require('net');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (port, ...rest) {
  if (typeof port === 'number' || typeof port === 'string') {
    return listen.call(this, Number(port), '127.0.0.1', ...rest.filter(a => typeof a === 'function'));
  }
  return listen.apply(this, [port, ...rest]);
};
require('xapi-statements/dist/server');
