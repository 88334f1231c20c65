// What the module's panels say, in one place.
export var TEXT = {
  read: 'Read',
  notRead: 'Not read yet',
  passed: 'Passed: ',
  notPassed: 'Not passed yet: best ',
  notStarted: 'Not started',
  cleared: 'Your progress on this module has been cleared.',
  remembered: 'Your progress on this module will be kept in this browser on this device until you clear it.',
  forgotten: 'Your progress on this module will be kept in this browser tab only, and is gone when you close it.',
  cannotRemember: 'This browser did not let us keep your progress on this device. It is kept in this browser tab only.',
  youPassed: 'You passed.',
  passedMore: ' Next, get your certificate and download your completion record for your training lead.',
  getCertificate: 'Get your certificate'
};
