// Shows what an article's own analytics would receive: event names and ids, never answers.
document.addEventListener('DOMContentLoaded', function () {
  var log = document.getElementById('events');
  ['ready', 'step', 'outcome', 'resize', 'scroll-into-view', 'error', 'feedback'].forEach(function (type) {
    document.addEventListener('refusjonsveiviser:' + type, function (event) {
      var item = document.createElement('li');
      item.textContent = type + ' ' + JSON.stringify(event.detail);
      log.appendChild(item);
    });
  });
});
